import { ApiError } from "@/lib/api/errors";
import { prisma, type Prisma } from "@/lib/db";
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
  const deliveries = await prisma.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { id: input.serviceId }, select: { id: true } });
    if (!service) throw new ApiError("not_found", "No service with this serviceId.", { field: "serviceId" });
    await tx.event.create({ data: { id: eventId, serviceId: service.id, event: input.event, payload: payload as Prisma.InputJsonObject, occurredAt } });
    const subscriptions = await tx.hookSubscription.findMany({
      where: { serviceId: service.id, event: input.event },
      select: { id: true, accountId: true, targetUrl: true },
    });
    if (subscriptions.length) {
      await tx.delivery.createMany({
        data: subscriptions.map((s) => ({
          kind: "EVENT" as const,
          serviceId: service.id,
          accountId: s.accountId,
          subscriptionId: s.id,
          eventId,
          eventName: input.event,
          targetUrl: s.targetUrl,
        })),
      });
    }
    return subscriptions.length;
  });
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
