import crypto from "node:crypto";
import { db } from "@/lib/db";
import { log as logLine } from "@/lib/log";

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
  /** Epoch milliseconds. */
  createdAt: number;
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
    if (l.buffer.length % 1000 === 0) logLine.error("request-log", "the database is not keeping up: dropping the oldest entries");
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
        logLine.error("request-log", `${batch.length} entries not written: ${(error as Error).message}`);
      }
    }
    if (Date.now() - l.lastPrune > PRUNE_EVERY_MS) {
      l.lastPrune = Date.now();
      await pruneRequestLog().catch((error: unknown) => logLine.error("request-log", `pruning failed: ${(error as Error).message}`));
    }
  })();
  l.flushing = work;
  try {
    await work;
  } finally {
    l.flushing = null;
  }
}

// One statement per batch, its columns as arrays: a dozen parameters whatever the batch size.
const INSERT_SQL = `
  INSERT INTO "ApiRequest" ("id", "serviceId", "accountId", "method", "path", "action", "status", "durationMs", "idempotentReplay", "touched", "ipAddress", "createdAt")
  SELECT u.id, u.service, u.account, u.method, u.path, u.action, u.status, u.duration, u.replay,
         CASE WHEN u.touched = '' THEN ARRAY[]::text[] ELSE string_to_array(u.touched, ' ') END, u.ip,
         to_timestamp(u.at / 1000.0) AT TIME ZONE 'UTC'
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::bool[], $10::text[], $11::text[], $12::float8[])
       AS u(id, service, account, method, path, action, status, duration, replay, touched, ip, at)`;

async function insertBatch(batch: RequestLogEntry[]) {
  const cols: unknown[][] = Array.from({ length: 12 }, () => []);
  for (const e of batch) {
    const row = [crypto.randomUUID(), e.serviceId, e.accountId, e.method, e.path, e.action, e.status, e.durationMs, e.idempotentReplay, e.touched.join(" "), e.ipAddress, e.createdAt];
    row.forEach((v, i) => cols[i]?.push(v));
  }
  await db().query(INSERT_SQL, cols, "zapier_request_log_insert");
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
