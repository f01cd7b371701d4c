/**
 * A standalone delivery worker for the benchmarks (what `npm run worker` runs, for either
 * database): it starts the DeliveryWorker on DATABASE_URL, waits until EXPECTED deliveries are
 * settled, and prints one JSON line `{ "startedAt", "settledAt" }` (epoch ms) before exiting.
 */
import { closeDatabase, ensureDatabase, prisma } from "@/lib/db";
import { DeliveryWorker } from "@/lib/delivery/worker";

const expected = Number(process.env.EXPECTED ?? 0);
await ensureDatabase();
await prisma.$queryRaw`SELECT 1`; // connect before the clock starts
const worker = new DeliveryWorker();
const startedAt = Date.now();
worker.start();
const deadline = startedAt + 120_000;
let settled = 0;
while (Date.now() < deadline) {
  const rows = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Delivery" WHERE "status" <> 'PENDING'`;
  settled = rows[0]?.n ?? 0;
  if (settled >= expected) break;
  await new Promise((r) => setTimeout(r, 20));
}
const settledAt = Date.now();
await worker.stop();
console.log(JSON.stringify({ startedAt, settledAt, settled }));
await closeDatabase();
process.exit(0);
