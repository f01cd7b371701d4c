import { ApiError } from "@/lib/api/errors";
import { Prisma, prisma } from "@/lib/db";
import { wakeDeliveryWorker } from "@/lib/delivery/wake";
import { buildPayload, examplePayload, newEventId, TEST_EVENT_FIELD, type EventName, type EventPayload } from "./catalog";
import { writeEvent } from "./emit";
import type { IngestInput } from "./schemas";

/**
 * Stores the event in the outbox and fans it out to every subscription of that event in that
 * service, in the one statement whose commit the 202 answer reports: once accepted, nothing
 * depends on memory.
 */
export async function ingestEvent(input: IngestInput) {
  const eventId = newEventId();
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
  const payload = buildPayload(input.event, eventId, occurredAt, input.data);
  let deliveries: number;
  try {
    deliveries = await writeEvent({ serviceId: input.serviceId, event: input.event, eventId, occurredAt, payload });
  } catch (error) {
    // The event's foreign key to its service: an unknown serviceId.
    if (isForeignKeyViolation(error)) throw new ApiError("not_found", "No service with this serviceId.", { field: "serviceId" });
    throw error;
  }
  if (deliveries) wakeDeliveryWorker();
  return { eventId, deliveries };
}

function isForeignKeyViolation(error: unknown) {
  // pg and PGlite report the database's own code (23503: foreign_key_violation).
  if ((error as { code?: unknown } | null)?.code === "23503") return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2003") return true;
  // A raw query's error carries the database's own code (23503: foreign_key_violation).
  const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } | undefined;
  const cause = meta?.driverAdapterError?.cause;
  return meta?.code === "23503" || cause?.originalCode === "23503" || cause?.code === "23503" || /23503|foreign key/i.test(error.message);
}

/**
 * Not a console test event. `payload #> '{test}'` is NULL on a real event, and NOT (NULL = true)
 * is NULL, so the absent field needs its own IS NULL branch (Prisma.DbNull on a path).
 */
const notATestEvent = {
  OR: [{ payload: { path: [TEST_EVENT_FIELD], equals: Prisma.DbNull } }, { NOT: { payload: { path: [TEST_EVENT_FIELD], equals: true } } }],
} satisfies Prisma.EventWhereInput;

/** Newest first, from the service's real events (test events left out); a marked example when there are none yet. */
export async function samplePayloads(serviceId: string, event: EventName): Promise<EventPayload[]> {
  const rows = await prisma.event.findMany({
    where: { serviceId, event, ...notATestEvent },
    orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
    take: 10,
    select: { payload: true },
  });
  if (rows.length === 0) return [examplePayload(event)];
  // Zapier deduplicates trigger items by id; tag events keep the tag's id, so keep the newest per id.
  const seen = new Set<string>();
  return rows.map((r) => r.payload as EventPayload).filter((p) => !seen.has(p.id) && seen.add(p.id));
}
