import { prisma } from "@/lib/db";

const BATCH = 500;
/** Per sweep, so that a first clean-up of a large backlog is spread over several sweeps. */
const MAX_BATCHES = 20;

/**
 * Deletes what is older than `retentionDays`, a small batch per statement: first settled
 * deliveries (their attempts go with them), then events no delivery refers to any more. A
 * PENDING delivery is never deleted, nor the event it carries. Rows are taken with
 * FOR UPDATE SKIP LOCKED: workers sweeping at once share the work, and a row a worker has
 * claimed (or a manual retry has just re-queued) is left alone. Returns the rows deleted.
 */
export async function deleteExpired(retentionDays: number): Promise<{ deliveries: number; events: number }> {
  const total = { deliveries: 0, events: 0 };
  if (!(retentionDays > 0)) return total;
  const cutoffMs = Date.now() - retentionDays * 86_400_000;
  for (let i = 0; i < MAX_BATCHES; i++) {
    // nextAttemptAt of a settled delivery is at or before its last attempt: the (status, nextAttemptAt) index finds them.
    const deliveries = await prisma.$executeRaw`
      DELETE FROM "Delivery" WHERE "id" IN (
        SELECT "id" FROM "Delivery"
        WHERE "status" IN ('DELIVERED', 'FAILED')
          AND "nextAttemptAt" < to_timestamp(${cutoffMs}::float8 / 1000) AT TIME ZONE 'UTC'
          AND "updatedAt" < to_timestamp(${cutoffMs}::float8 / 1000) AT TIME ZONE 'UTC'
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED)`;
    total.deliveries += deliveries;
    if (deliveries < BATCH) break;
  }
  for (let i = 0; i < MAX_BATCHES; i++) {
    const events = await prisma.$executeRaw`
      DELETE FROM "Event" WHERE "id" IN (
        SELECT e."id" FROM "Event" e
        WHERE e."createdAt" < to_timestamp(${cutoffMs}::float8 / 1000) AT TIME ZONE 'UTC'
          AND NOT EXISTS (SELECT 1 FROM "Delivery" d WHERE d."eventId" = e."id")
        ORDER BY e."createdAt"
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED)`;
    total.events += events;
    if (events < BATCH) break;
  }
  return total;
}
