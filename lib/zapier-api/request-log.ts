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

/**
 * The buffer, a column per field: an entry is a few pointers into arrays (its strings are the
 * route's and the account's own, shared by every call), not an object of its own, so what
 * waits for the next write costs the garbage collector little to carry.
 */
interface Columns {
  service: string[];
  account: string[];
  method: string[];
  path: string[];
  action: string[];
  status: number[];
  duration: number[];
  replay: string[];
  touched: string[];
  ip: string[];
  at: number[];
}
const emptyColumns = (): Columns => ({ service: [], account: [], method: [], path: [], action: [], status: [], duration: [], replay: [], touched: [], ip: [], at: [] });

const state = globalThis as unknown as { __zapierRequestLog?: { buffer: Columns; timer: NodeJS.Timeout | null; lastPrune: number; flushing: Promise<void> | null; addresses: Map<string, string> } };
const log = () => (state.__zapierRequestLog ??= { buffer: emptyColumns(), timer: null, lastPrune: Date.now(), flushing: null, addresses: new Map() });

/** One copy of each client address kept (Zapier calls from a handful): the buffer holds no string of its own per call. */
function internAddress(addresses: Map<string, string>, address: string | null): string {
  if (!address) return "";
  const known = addresses.get(address);
  if (known !== undefined) return known;
  if (addresses.size >= 1_000) addresses.clear();
  addresses.set(address, address);
  return address;
}

/**
 * Off the response path: entries are buffered and written by one multi-row INSERT every
 * 250 ms or every 500 calls, whichever comes first, so a burst of calls costs a handful of
 * statements. Under an outage the buffer is bounded (oldest dropped, said in the log) so memory
 * never grows without limit.
 */
export function recordRequest(entry: RequestLogEntry) {
  const l = log();
  const b = l.buffer;
  if (b.at.length >= MAX_BUFFERED) {
    for (const column of Object.values(b) as unknown[][]) column.splice(0, 1_000);
    logLine.error("request-log", "the database is not keeping up: dropped the oldest 1000 entries");
  }
  b.service.push(entry.serviceId);
  b.account.push(entry.accountId);
  b.method.push(entry.method);
  b.path.push(entry.path);
  b.action.push(entry.action);
  b.status.push(entry.status);
  b.duration.push(entry.durationMs);
  b.replay.push(entry.idempotentReplay ? "t" : "f");
  b.touched.push(entry.touched.length === 0 ? "" : entry.touched.join(" "));
  b.ip.push(internAddress(l.addresses, entry.ipAddress));
  b.at.push(entry.createdAt);
  if (b.at.length >= MAX_BATCH && !l.flushing) void flushRequestLog();
  else if (!l.timer) {
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
  if (l.buffer.at.length === 0) return;
  const work = (async () => {
    while (l.buffer.at.length) {
      const batch = l.buffer;
      l.buffer = emptyColumns();
      for (let from = 0; from < batch.at.length; from += MAX_BATCH) {
        const count = Math.min(MAX_BATCH, batch.at.length - from);
        try {
          await insertBatch(batch, from, from + count);
        } catch (error) {
          logLine.error("request-log", `${count} entries not written: ${(error as Error).message}`);
        }
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

// One statement per batch, each column one string of its values joined by the unit separator
// (U+001F, which no id, route, action, address or number holds): eleven text parameters
// whatever the batch size, and nothing for the driver to escape. An empty address is NULL.
// unnest pads a shorter array with NULLs: a batch of one empty `touched` is {} (COALESCE).
const SEPARATOR = "\x1f";
const INSERT_SQL = `
  INSERT INTO "ApiRequest" ("id", "serviceId", "accountId", "method", "path", "action", "status", "durationMs", "idempotentReplay", "touched", "ipAddress", "createdAt")
  SELECT gen_random_uuid()::text, u.service, u.account, u.method, u.path, u.action, u.status::int, u.duration::int, u.replay = 't',
         CASE WHEN COALESCE(u.touched, '') = '' THEN ARRAY[]::text[] ELSE string_to_array(u.touched, ' ') END, u.ip,
         to_timestamp(u.at::float8 / 1000.0) AT TIME ZONE 'UTC'
  FROM unnest(string_to_array($1, chr(31)), string_to_array($2, chr(31)), string_to_array($3, chr(31)), string_to_array($4, chr(31)),
              string_to_array($5, chr(31)), string_to_array($6, chr(31)), string_to_array($7, chr(31)), string_to_array($8, chr(31)),
              string_to_array($9, chr(31)), string_to_array($10, chr(31), ''), string_to_array($11, chr(31)))
       AS u(service, account, method, path, action, status, duration, replay, touched, ip, at)`;

async function insertBatch(b: Columns, from: number, to: number) {
  const join = (column: (string | number)[]) => (from === 0 && to === column.length ? column : column.slice(from, to)).join(SEPARATOR);
  const params = [b.service, b.account, b.method, b.path, b.action, b.status, b.duration, b.replay, b.touched, b.ip, b.at].map(join);
  await db().query(INSERT_SQL, params, "zapier_request_log_insert");
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
