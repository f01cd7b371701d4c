import { db, type Prisma } from "@/lib/db";
import { wakeDeliveryWorker } from "@/lib/delivery/wake";
import { buildPayload, EVENT_DATA_SCHEMAS, newEventId, type EventName, type EventPayload } from "./catalog";

/** What `emitEvent` can run on: the Prisma client itself or an interactive transaction's client. */
export type EventWriter = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

/**
 * The outbox write, in one statement: the event, and one delivery per live subscription of that
 * event in that service (no interactive transaction, no per-hook statements). Only hooks whose
 * token still works get it (the account's current token, or its previous one during its grace
 * period), even before the worker's sweep revokes the others.
 */
const WRITE_EVENT_SQL = `
  WITH event AS (
    INSERT INTO "Event" ("id", "serviceId", "event", "payload", "occurredAt", "createdAt")
    VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz AT TIME ZONE 'UTC', (now() AT TIME ZONE 'UTC'))
    RETURNING "id"
  ), fanned AS (
    INSERT INTO "Delivery" ("id", "kind", "serviceId", "accountId", "subscriptionId", "eventId", "eventName", "targetUrl", "nextAttemptAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, 'EVENT', s."serviceId", s."accountId", s."id", event."id", s."event", s."targetUrl",
           (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
    FROM event, "HookSubscription" s JOIN "ZapierAccount" a ON a."id" = s."accountId"
    WHERE s."serviceId" = $2 AND s."event" = $3
      AND (s."tokenHash" = a."tokenHash"
           OR (s."tokenHash" = a."previousTokenHash" AND a."previousTokenExpiresAt" > (now() AT TIME ZONE 'UTC')))
    RETURNING 1
  )
  SELECT count(*)::int AS "deliveries" FROM fanned`;

type EventRow = { serviceId: string; event: EventName; eventId: string; occurredAt: Date; payload: EventPayload };
const params = (input: EventRow) => [input.eventId, input.serviceId, input.event, JSON.stringify(input.payload), input.occurredAt.toISOString()];

/** Ingest's write: the same statement on its own (an implicit transaction), prepared, outside Prisma's engine. */
export async function writeEvent(input: EventRow) {
  const rows = await db().query<{ deliveries: number }>(WRITE_EVENT_SQL, params(input), "zapier_write_event");
  return rows[0]?.deliveries ?? 0;
}

/** The same write inside a caller's transaction (a workspace change and its event commit together). */
async function writeEventIn(tx: EventWriter, input: EventRow) {
  const rows = await tx.$queryRawUnsafe<{ deliveries: number }[]>(WRITE_EVENT_SQL, ...params(input));
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
  const deliveries = await writeEventIn(tx, { serviceId: input.serviceId, event: input.event, eventId, occurredAt, payload });
  return { eventId, deliveries };
}

/** Wakes the in-process delivery worker for events emitted by a transaction that has committed. */
export function afterEventsCommitted(emitted: { deliveries: number }[]) {
  if (emitted.some((e) => e.deliveries > 0)) wakeDeliveryWorker();
}
