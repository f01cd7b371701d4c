import type { Prisma } from "@/lib/db";
import { wakeDeliveryWorker } from "@/lib/delivery/wake";
import { buildPayload, EVENT_DATA_SCHEMAS, newEventId, type EventName } from "./catalog";

/** What `emitEvent` can run on: the Prisma client itself or an interactive transaction's client. */
export type EventWriter = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Puts an event into the outbox and fans it out to the service's live subscriptions of that event,
 * on the given transaction client: an embedded workspace change (a contact the Create action
 * writes, an SMS outcome) and its event commit or roll back together. The same rows, in the same
 * single statement, as ingestEvent (lib/events/service.ts on the delivery branch), which can
 * call this with the Prisma client itself.
 * Call `afterEventsCommitted()` once the transaction has committed.
 */
export async function emitEvent(tx: EventWriter, input: { serviceId: string; event: EventName; data: Record<string, unknown>; occurredAt?: Date }) {
  const data = EVENT_DATA_SCHEMAS[input.event].parse(input.data);
  const eventId = newEventId();
  const occurredAt = input.occurredAt ?? new Date();
  const payload = buildPayload(input.event, eventId, occurredAt, data);
  // One statement (the form of the delivery branch's one-statement ingest): the event and one
  // delivery per live subscription. Only hooks whose token still works get it.
  const rows = await tx.$queryRaw<{ deliveries: number }[]>`
    WITH event AS (
      INSERT INTO "Event" ("id", "serviceId", "event", "payload", "occurredAt", "createdAt")
      VALUES (${eventId}, ${input.serviceId}, ${input.event}, ${JSON.stringify(payload)}::jsonb,
              ${occurredAt.toISOString()}::timestamptz AT TIME ZONE 'UTC', (now() AT TIME ZONE 'UTC'))
      RETURNING "id"
    ), fanned AS (
      INSERT INTO "Delivery" ("id", "kind", "serviceId", "accountId", "subscriptionId", "eventId", "eventName", "targetUrl", "nextAttemptAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, 'EVENT', s."serviceId", s."accountId", s."id", event."id", s."event", s."targetUrl",
             (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
      FROM event, "HookSubscription" s JOIN "ZapierAccount" a ON a."id" = s."accountId"
      WHERE s."serviceId" = ${input.serviceId} AND s."event" = ${input.event}
        AND (s."tokenHash" = a."tokenHash"
             OR (s."tokenHash" = a."previousTokenHash" AND a."previousTokenExpiresAt" > (now() AT TIME ZONE 'UTC')))
      RETURNING 1
    )
    SELECT count(*)::int AS "deliveries" FROM fanned`;
  const deliveries = rows[0]?.deliveries ?? 0;
  return { eventId, deliveries };
}

/** Wakes the in-process delivery worker for events emitted by a transaction that has committed. */
export function afterEventsCommitted(emitted: { deliveries: number }[]) {
  if (emitted.some((e) => e.deliveries > 0)) wakeDeliveryWorker();
}
