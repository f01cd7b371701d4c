import { Prisma } from "@/lib/db";
import { wakeDeliveryWorker } from "@/lib/delivery/wake";
import { buildPayload, EVENT_DATA_SCHEMAS, newEventId, type EventName, type EventPayload } from "./catalog";

/** What `emitEvent` can run on: the Prisma client itself or an interactive transaction's client. */
export type EventWriter = Pick<Prisma.TransactionClient, "$queryRaw">;

/** A hook whose token still works (`s` the subscription, `a` its account): the current token, or the previous one during its grace period. */
const HOOK_TOKEN_LIVE = Prisma.sql`(s."tokenHash" = a."tokenHash"
  OR (s."tokenHash" = a."previousTokenHash" AND a."previousTokenExpiresAt" > (now() AT TIME ZONE 'UTC')))`;

/**
 * The outbox write, in one statement: the event, and one delivery per live subscription of that
 * event in that service (no interactive transaction, no per-hook statements). Only hooks whose
 * token still works get it, even before the worker's sweep revokes the others. Used by ingest (on
 * the Prisma client: one implicit transaction) and by emitEvent (inside a workspace change's).
 */
export async function writeEvent(tx: EventWriter, input: { serviceId: string; event: EventName; eventId: string; occurredAt: Date; payload: EventPayload }) {
  const rows = await tx.$queryRaw<{ deliveries: number }[]>`
    WITH event AS (
      INSERT INTO "Event" ("id", "serviceId", "event", "payload", "occurredAt", "createdAt")
      VALUES (${input.eventId}, ${input.serviceId}, ${input.event}, ${JSON.stringify(input.payload)}::jsonb,
              ${input.occurredAt.toISOString()}::timestamptz AT TIME ZONE 'UTC', (now() AT TIME ZONE 'UTC'))
      RETURNING "id"
    ), fanned AS (
      INSERT INTO "Delivery" ("id", "kind", "serviceId", "accountId", "subscriptionId", "eventId", "eventName", "targetUrl", "nextAttemptAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, 'EVENT', s."serviceId", s."accountId", s."id", event."id", s."event", s."targetUrl",
             (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
      FROM event, "HookSubscription" s JOIN "ZapierAccount" a ON a."id" = s."accountId"
      WHERE s."serviceId" = ${input.serviceId} AND s."event" = ${input.event} AND ${HOOK_TOKEN_LIVE}
      RETURNING 1
    )
    SELECT count(*)::int AS "deliveries" FROM fanned`;
  return rows[0]?.deliveries ?? 0;
}

/**
 * Puts an event into the outbox on the given transaction client: an embedded workspace change (a
 * contact the Create action writes, an SMS outcome) and its event commit or roll back together.
 * Call `afterEventsCommitted()` once the transaction has committed.
 */
export async function emitEvent(tx: EventWriter, input: { serviceId: string; event: EventName; data: Record<string, unknown>; occurredAt?: Date }) {
  const data = EVENT_DATA_SCHEMAS[input.event].parse(input.data);
  const eventId = newEventId();
  const occurredAt = input.occurredAt ?? new Date();
  const payload = buildPayload(input.event, eventId, occurredAt, data);
  const deliveries = await writeEvent(tx, { serviceId: input.serviceId, event: input.event, eventId, occurredAt, payload });
  return { eventId, deliveries };
}

/** Wakes the in-process delivery worker for events emitted by a transaction that has committed. */
export function afterEventsCommitted(emitted: { deliveries: number }[]) {
  if (emitted.some((e) => e.deliveries > 0)) wakeDeliveryWorker();
}
