import crypto from "node:crypto";
import { db } from "@/lib/db";

/** One Base URL call as the console's request log keeps it: no message text, no contact details. */
export interface RequestLogEntry {
  serviceId: string;
  accountId: string;
  method: string;
  path: string;
  action: string;
  status: number;
  durationMs: number;
  idempotentReplay: boolean;
  touched: string[];
  ipAddress: string | null;
  createdAt: Date;
}

export const REQUEST_LOG_RETENTION_DAYS = 30;
const FLUSH_MS = 250;
const MAX_BATCH = 500;
const MAX_BUFFERED = 20_000;
const PRUNE_EVERY_MS = 60 * 60_000;

const state = globalThis as unknown as { __zapierRequestLog?: { buffer: RequestLogEntry[]; timer: NodeJS.Timeout | null; lastPrune: number; flushing: Promise<void> | null } };
const log = () => (state.__zapierRequestLog ??= { buffer: [], timer: null, lastPrune: Date.now(), flushing: null });

/**
 * Off the response path: entries are buffered and written by one multi-row INSERT every
 * 250 ms, so a burst of calls costs a handful of statements. Under an outage the buffer is
 * bounded (oldest dropped, said in the log) so memory never grows without limit.
 */
export function recordRequest(entry: RequestLogEntry) {
  const l = log();
  if (l.buffer.length >= MAX_BUFFERED) {
    l.buffer.shift();
    if (l.buffer.length % 1000 === 0) console.error("[request-log] the database is not keeping up: dropping the oldest entries");
  }
  l.buffer.push(entry);
  if (!l.timer) {
    l.timer = setTimeout(() => void flushRequestLog(), FLUSH_MS);
    l.timer.unref();
  }
}

/** Writes what is buffered (also called on shutdown). */
export async function flushRequestLog(): Promise<void> {
  const l = log();
  if (l.timer) clearTimeout(l.timer);
  l.timer = null;
  if (l.flushing) await l.flushing;
  if (l.buffer.length === 0) return;
  const work = (async () => {
    while (l.buffer.length) {
      const batch = l.buffer.splice(0, MAX_BATCH);
      try {
        await insertBatch(batch);
      } catch (error) {
        console.error(`[request-log] ${batch.length} entries not written: ${(error as Error).message}`);
      }
    }
    if (Date.now() - l.lastPrune > PRUNE_EVERY_MS) {
      l.lastPrune = Date.now();
      await pruneRequestLog().catch((error: unknown) => console.error(`[request-log] pruning failed: ${(error as Error).message}`));
    }
  })();
  l.flushing = work;
  try {
    await work;
  } finally {
    l.flushing = null;
  }
}

async function insertBatch(batch: RequestLogEntry[]) {
  const values: unknown[] = [];
  const rows = batch.map((e, i) => {
    const o = i * 12;
    values.push(crypto.randomUUID(), e.serviceId, e.accountId, e.method, e.path, e.action, e.status, e.durationMs, e.idempotentReplay, e.touched, e.ipAddress, e.createdAt);
    return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, $${o + 7}, $${o + 8}, $${o + 9}, $${o + 10}::text[], $${o + 11}, ($${o + 12}::timestamptz AT TIME ZONE 'UTC'))`;
  });
  await db().query(
    `INSERT INTO "ApiRequest" ("id", "serviceId", "accountId", "method", "path", "action", "status", "durationMs", "idempotentReplay", "touched", "ipAddress", "createdAt")
     VALUES ${rows.join(", ")}`,
    values,
  );
}

/** Entries older than the retention period go, a thousand at a time. */
export async function pruneRequestLog(days = REQUEST_LOG_RETENTION_DAYS) {
  for (let i = 0; i < 100; i++) {
    const deleted = await db().query<{ id: string }>(
      `DELETE FROM "ApiRequest" WHERE "id" IN (
         SELECT "id" FROM "ApiRequest" WHERE "createdAt" < (now() AT TIME ZONE 'UTC') - make_interval(days => $1::int) LIMIT 1000)
       RETURNING "id"`,
      [days],
    );
    if (deleted.length < 1000) return;
  }
}
