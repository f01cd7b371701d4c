import { Prisma } from "@/lib/db";
import { wakeDeliveryWorker } from "@/lib/delivery/wake";
import { buildPayload, EVENT_DATA_SCHEMAS, newEventId, type EventName } from "./catalog";

/** What `emitEvent` can run on: the Prisma client itself or an interactive transaction's client. */
export type EventWriter = Pick<Prisma.TransactionClient, "event" | "$executeRaw">;

/**
 * Puts an event into the outbox and fans it out to the service's live subscriptions of that event,
 * on the given transaction client: an embedded workspace change (a contact the Create action
 * writes, an SMS outcome) and its event commit or roll back together. Same rows as
 * ingestEvent (lib/events/service.ts), which can share this once it takes a transaction.
 * Call `afterEventsCommitted()` once the transaction has committed.
 */
export async function emitEvent(tx: EventWriter, input: { serviceId: string; event: EventName; data: Record<string, unknown>; occurredAt?: Date }) {
  const data = EVENT_DATA_SCHEMAS[input.event].parse(input.data);
  const eventId = newEventId();
  const occurredAt = input.occurredAt ?? new Date();
  const payload = buildPayload(input.event, eventId, occurredAt, data);
  await tx.event.create({
    data: { id: eventId, serviceId: input.serviceId, event: input.event, payload: payload as Prisma.InputJsonObject, occurredAt },
    select: { id: true },
  });
  const deliveries = await tx.$executeRaw`
    INSERT INTO "Delivery" ("id", "kind", "serviceId", "accountId", "subscriptionId", "eventId", "eventName", "targetUrl", "updatedAt")
    SELECT gen_random_uuid()::text, 'EVENT', s."serviceId", s."accountId", s."id", ${eventId}, s."event", s."targetUrl", (now() AT TIME ZONE 'UTC')
    FROM "HookSubscription" s JOIN "ZapierAccount" a ON a."id" = s."accountId"
    WHERE s."serviceId" = ${input.serviceId} AND s."event" = ${input.event}
      AND (s."tokenHash" = a."tokenHash"
           OR (s."tokenHash" = a."previousTokenHash" AND a."previousTokenExpiresAt" > (now() AT TIME ZONE 'UTC')))`;
  return { eventId, deliveries };
}

/** Wakes the in-process delivery worker for events emitted by a transaction that has committed. */
export function afterEventsCommitted(emitted: { deliveries: number }[]) {
  if (emitted.some((e) => e.deliveries > 0)) wakeDeliveryWorker();
}
