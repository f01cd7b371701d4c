import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import pg from "pg";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Every limit of the product (the Base URL API per account and per failing address, console
 * mutations, sign-in attempts) goes through this one interface, over one store chosen by the
 * deployment: Redis when REDIS_URL is set, else the PostgreSQL server (table "RateLimiterBucket"),
 * else (embedded database: one process) memory. A store that fails or is slow never fails the
 * request: the limit falls back to a per-process counter and says so once in the log.
 */
export interface LimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds when the window resets. */
  reset: number;
  /** The same, in epoch milliseconds. */
  resetMs: number;
  retryAfter: number;
}

export interface Limiter {
  /** Counts `points` (default 1) against `key`. */
  consume(key: string, points?: number): Promise<LimitResult>;
  /** Gives points back (an attempt that turned out not to count). */
  reward(key: string, points?: number): Promise<void>;
  /** Forgets the key. */
  reset(key: string): Promise<void>;
}

export type LimiterStore = "memory" | "postgres" | "redis";

// A store that does not answer within this long counts as failed (a queue behind a busy pool is
// not a failure: the pool's own wait is far shorter); after a failure the fallback serves for a
// few seconds before the store is tried again, so an outage costs each request nothing.
const STORE_TIMEOUT_MS = 3_000;
const RETRY_STORE_AFTER_MS = 5_000;
const TABLE = "RateLimiterBucket";
// A leased limit lets a call through on credit while the limit is at least this many leases away.
const CREDIT_LEASES = 20;

const globalForLimits = globalThis as unknown as {
  __zapierRedis?: Redis;
  __zapierLimiterFallbackLogged?: Set<string>;
  __zapierLimiterDownUntil?: Map<LimiterStore, number>;
  __zapierLimiterPool?: pg.Pool;
};
const downUntil = () => (globalForLimits.__zapierLimiterDownUntil ??= new Map());

export function limiterStore(): LimiterStore {
  if (env().REDIS_URL) return "redis";
  return db().config.kind === "postgres" ? "postgres" : "memory";
}

/**
 * The PostgreSQL store's own small pool. Its commits do not wait for the disk
 * (synchronous_commit=off): a counter that loses its last few milliseconds in a database crash
 * is harmless, and waiting for the flush would serialise every call of one account on its row.
 */
function limiterPool(): pg.Pool | null {
  const config = db().config;
  if (config.kind !== "postgres") return null;
  if (!globalForLimits.__zapierLimiterPool) {
    globalForLimits.__zapierLimiterPool = new pg.Pool({ connectionString: config.url, max: 4, options: "-c synchronous_commit=off" });
    globalForLimits.__zapierLimiterPool.on("error", () => {}); // an idle connection lost: the next query reconnects
  }
  return globalForLimits.__zapierLimiterPool;
}

function redisClient(url: string): Redis {
  globalForLimits.__zapierRedis ??= new Redis(url, {
    // Fail fast instead of queueing commands while Redis is away: the fallback takes over.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    lazyConnect: false,
    // No auto-pipelining: a leased limit has at most one command in flight per key, so there is
    // little to batch, and each automatic Pipeline outlived the young generation (measured under
    // /me load: 280 KB survived per minor GC with it, 90 KB without, and 1.2 ms pauses, not 1.9).
    enableAutoPipelining: false,
  });
  globalForLimits.__zapierRedis.on("error", () => {}); // reported once, by the limiter that falls back
  return globalForLimits.__zapierRedis;
}

/** Waits (briefly) for a Redis connection still being made, so the first requests after start use it. */
async function redisReady(client: Redis) {
  if (client.status === "ready" || !["connecting", "connect", "wait", "reconnecting"].includes(client.status)) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, 1_000);
    function done() {
      clearTimeout(timer);
      client.off("ready", done);
      resolve();
    }
    client.once("ready", done);
  });
}

/** Opens the store's connection ahead of the first request (called at server start). */
export async function warmLimiterStore(store: LimiterStore = limiterStore()) {
  if (store === "redis") await redisReady(redisClient(env().REDIS_URL ?? ""));
}

function logFallbackOnce(store: LimiterStore, error: unknown) {
  const logged = (globalForLimits.__zapierLimiterFallbackLogged ??= new Set());
  if (logged.has(store)) return;
  logged.add(store);
  const reason = error instanceof Error ? error.message : String(error);
  log.error("rate-limit", `the ${store} store failed (${reason}): counting in this process until it answers again`);
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${STORE_TIMEOUT_MS} ms`)), STORE_TIMEOUT_MS);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

function storeLimiter(store: LimiterStore, keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const options = { keyPrefix, points, duration };
  if (store === "redis") {
    return new RateLimiterRedis({ ...options, storeClient: redisClient(env().REDIS_URL ?? ""), rejectIfRedisNotReady: true });
  }
  if (store === "postgres") {
    const pool = limiterPool();
    if (pool) return new RateLimiterPostgres({ ...options, storeClient: pool, storeType: "pool", tableName: TABLE, tableCreated: true });
  }
  return new RateLimiterMemory(options);
}

function toResult(res: RateLimiterRes, limit: number, allowed: boolean): LimitResult {
  const ms = Math.max(0, res.msBeforeNext);
  const resetMs = Date.now() + ms;
  return {
    allowed,
    limit,
    remaining: Math.max(0, res.remainingPoints),
    reset: Math.ceil(resetMs / 1000),
    resetMs,
    retryAfter: Math.max(1, Math.ceil(ms / 1000)),
  };
}

/**
 * A fixed window of `duration` seconds allowing `points` per key. `name` keeps limits apart in a
 * shared store (and, with REDIS_KEY_PREFIX, deployments sharing one Redis).
 */
export function createLimiter(
  name: string,
  points: number,
  duration: number,
  options: { store?: LimiterStore; lease?: number } = {},
): Limiter {
  const store = options.store ?? limiterStore();
  const prefix = `${env().RATE_LIMIT_KEY_PREFIX ?? "zapier"}:${name}`;
  let primary: RateLimiterAbstract | null = null;
  const fallback = new RateLimiterMemory({ keyPrefix: prefix, points, duration });
  const target = () => (primary ??= storeLimiter(store, prefix, points, duration));

  async function run<T>(op: (limiter: RateLimiterAbstract) => Promise<T>): Promise<T> {
    if (store === "memory" || Date.now() < (downUntil().get(store) ?? 0)) return op(fallback);
    try {
      if (store === "redis") await redisReady(redisClient(env().REDIS_URL ?? ""));
      return await withTimeout(op(target()));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw error;
      downUntil().set(store, Date.now() + RETRY_STORE_AFTER_MS);
      logFallbackOnce(store, error);
      return op(fallback);
    }
  }

  async function consumeInStore(key: string, n: number): Promise<LimitResult> {
    try {
      return toResult(await run((l) => l.consume(key, n)), points, true);
    } catch (error) {
      if (error instanceof RateLimiterRes) return toResult(error, points, false);
      throw error;
    }
  }

  // Leasing (hot limits on a shared store): far from the limit, a process takes `lease` points at
  // a time from the shared counter and spends them locally, so most calls cost no round trip.
  // When a lease is spent and the limit is still far off (CREDIT_LEASES leases away as last
  // seen), the call goes through at once on credit and the next lease, taken for it in the
  // background, pays the debt: under steady load no call waits for the store. Within a few
  // leases of the limit it takes one point at a time, without credit, so the total across
  // instances stays exact. A lease part-spent when the window ends, or when this instance's calls
  // for the key stop, is lost (at most lease - 1 points): stricter, never looser.
  const lease = store === "memory" ? 1 : Math.max(1, options.lease ?? 1);
  /** Points held for a key: `left` to spend (below 0: let through on credit), as the store last stood. */
  type Lease = { left: number; storeRemaining: number; resetMs: number };
  const leases = new Map<string, Lease>();
  const pending = new Map<string, Promise<LimitResult>>();

  function allowedFrom(held: Lease, now: number): LimitResult {
    const remaining = Math.max(0, held.storeRemaining + held.left);
    return { allowed: true, limit: points, remaining, reset: Math.ceil(held.resetMs / 1000), resetMs: held.resetMs, retryAfter: Math.max(1, Math.ceil((held.resetMs - now) / 1000)) };
  }

  /** Takes `chunk` points for `key` from the store; an allowed chunk joins (or pays the debt of) what is held. */
  function refill(key: string, chunk: number): Promise<LimitResult> {
    const call = consumeInStore(key, chunk).then((result) => {
      const now = Date.now();
      const held = leases.get(key);
      // Window ends are a whole duration apart: within a second is the same window.
      const sameWindow = held !== undefined && held.resetMs > now && Math.abs(held.resetMs - result.resetMs) < 1_000;
      // A single point is the waiting call's own; a lease is points to spend.
      const granted = chunk === 1 ? 0 : chunk;
      if (!result.allowed) {
        // Refused: what was let through on credit stays let through (at most one lease).
        if (held) held.left = Math.max(0, held.left);
        if (sameWindow) held.storeRemaining = 0;
      } else if (sameWindow) {
        held.left += granted;
        held.storeRemaining = result.remaining;
      } else {
        const debt = held && held.left < 0 ? held.left : 0;
        leases.set(key, { left: granted + debt, storeRemaining: result.remaining, resetMs: result.resetMs });
      }
      if (leases.size > 10_000) for (const [k, l] of leases) if (l.resetMs <= now) leases.delete(k);
      return result;
    });
    pending.set(key, call);
    const settled = () => void pending.delete(key);
    call.then(settled, settled);
    return call;
  }

  async function consumeLeased(key: string): Promise<LimitResult> {
    for (;;) {
      const now = Date.now();
      const held = leases.get(key);
      const live = held !== undefined && held.resetMs > now;
      if (held && !live && !pending.has(key)) leases.delete(key);
      else if (live && held.left > 0) {
        held.left--;
        return allowedFrom(held, now);
      } else if (live && held.left > -lease && held.storeRemaining > lease * CREDIT_LEASES) {
        held.left--;
        if (!pending.has(key)) refill(key, lease).catch(() => {});
        return allowedFrom(held, now);
      }
      const inFlight = pending.get(key);
      if (inFlight) {
        await inFlight.catch(() => {});
        continue;
      }
      const known = leases.get(key);
      const chunk = (known ? known.storeRemaining : points) > lease * 4 ? lease : 1;
      const result = await refill(key, chunk);
      if (!result.allowed || chunk === 1) return result;
    }
  }

  return {
    consume(key, n = 1) {
      return lease > 1 && n === 1 ? consumeLeased(key) : consumeInStore(key, n);
    },
    async reward(key, n = 1) {
      await run((l) => l.reward(key, n)).catch(() => {});
    },
    async reset(key) {
      await run((l) => l.delete(key)).catch(() => {});
    },
  };
}

export function rateLimitHeaders(r: LimitResult): Record<string, string> {
  return {
    "X-RateLimit-Limit": String(r.limit),
    "X-RateLimit-Remaining": String(r.remaining),
    "X-RateLimit-Reset": String(r.reset),
    ...(r.allowed ? {} : { "Retry-After": String(r.retryAfter) }),
  };
}

/** Closes the stores' connections (shutdown). */
export async function closeLimiterStores() {
  await globalForLimits.__zapierRedis?.quit().catch(() => {});
  globalForLimits.__zapierRedis = undefined;
  await globalForLimits.__zapierLimiterPool?.end().catch(() => {});
  globalForLimits.__zapierLimiterPool = undefined;
}
