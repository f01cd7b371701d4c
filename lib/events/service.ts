import { ApiError } from "@/lib/api/errors";
import { Prisma, prisma } from "@/lib/db";
import { wakeDeliveryWorker } from "@/lib/delivery/wake";
import { buildPayload, examplePayload, newEventId, type EventName, type EventPayload } from "./catalog";
import type { IngestInput } from "./schemas";

/**
 * Stores the event in the outbox and fans it out to every subscription of that event in that
 * service, all in the one transaction whose commit the 202 answer reports: once accepted,
 * nothing depends on memory.
 */
export async function ingestEvent(input: IngestInput) {
  const eventId = newEventId();
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
  const payload = buildPayload(input.event, eventId, occurredAt, input.data);
  let deliveries: number;
  try {
    // One round trip: the event, and one delivery per matching subscription, inserted by a
    // single INSERT … SELECT (the hot path: no interactive transaction, no per-hook statements).
    // Only hooks whose token still works: one made with a token that was dropped or whose
    // grace period ended gets nothing more, even before the worker's sweep revokes it.
    [, deliveries] = await prisma.$transaction([
      prisma.event.create({
        data: { id: eventId, serviceId: input.serviceId, event: input.event, payload: payload as Prisma.InputJsonObject, occurredAt },
        select: { id: true },
      }),
      prisma.$executeRaw`
        INSERT INTO "Delivery" ("id", "kind", "serviceId", "accountId", "subscriptionId", "eventId", "eventName", "targetUrl", "updatedAt")
        SELECT gen_random_uuid()::text, 'EVENT', s."serviceId", s."accountId", s."id", ${eventId}, s."event", s."targetUrl", (now() AT TIME ZONE 'UTC')
        FROM "HookSubscription" s JOIN "ZapierAccount" a ON a."id" = s."accountId"
        WHERE s."serviceId" = ${input.serviceId} AND s."event" = ${input.event}
          AND (s."tokenHash" = a."tokenHash"
               OR (s."tokenHash" = a."previousTokenHash" AND a."previousTokenExpiresAt" > (now() AT TIME ZONE 'UTC')))`,
    ]);
  } catch (error) {
    // The event's foreign key to its service: an unknown serviceId.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
      throw new ApiError("not_found", "No service with this serviceId.", { field: "serviceId" });
    }
    throw error;
  }
  if (deliveries) wakeDeliveryWorker();
  return { eventId, deliveries };
}

/** Newest first, from the service's real events; a marked example when there are none yet. */
export async function samplePayloads(serviceId: string, event: EventName): Promise<EventPayload[]> {
  const rows = await prisma.event.findMany({
    where: { serviceId, event },
    orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
    take: 10,
    select: { payload: true },
  });
  if (rows.length === 0) return [examplePayload(event)];
  // Zapier deduplicates trigger items by id; tag events keep the tag's id, so keep the newest per id.
  const seen = new Set<string>();
  return rows.map((r) => r.payload as EventPayload).filter((p) => !seen.has(p.id) && seen.add(p.id));
}
