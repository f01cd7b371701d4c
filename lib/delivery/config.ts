/** Delivery settings, read once per worker from the environment (documented in docs/base-url-api.md). */
export function deliveryConfig(env: NodeJS.ProcessEnv = process.env) {
  const num = (name: string, fallback: number, min = 0) => {
    const value = Number(env[name] ?? fallback);
    return Number.isFinite(value) && value >= min ? value : fallback;
  };
  const timeoutMs = num("DELIVERY_TIMEOUT_MS", 10_000, 100);
  const concurrency = num("DELIVERY_CONCURRENCY", num("DELIVERY_BATCH_SIZE", 20, 1), 1);
  return {
    maxAttempts: num("DELIVERY_MAX_ATTEMPTS", 8, 1),
    backoffBaseMs: num("DELIVERY_BACKOFF_BASE_MS", 2_000, 1),
    backoffMaxMs: num("DELIVERY_BACKOFF_MAX_MS", 3_600_000, 1),
    timeoutMs,
    // A claimed row is another worker's again once the lease ends (a worker that died mid-batch):
    // long enough to send (the timeout) and settle, short enough that a restart resumes quickly.
    leaseMs: num("DELIVERY_LEASE_MS", timeoutMs + 5_000, timeoutMs + 100),
    pollMs: num("DELIVERY_POLL_MS", 1000, 10),
    // Sends in flight at once; a freed slot is refilled by the next claim, so one slow target
    // holds up one slot, not everyone. DELIVERY_BATCH_SIZE is this setting's former name.
    concurrency,
    // At most this many of the slots go to one service (tenant), so one service's hanging
    // targets leave the other slots to everyone else.
    serviceConcurrency: Math.min(concurrency, num("DELIVERY_SERVICE_CONCURRENCY", Math.max(1, Math.ceil(concurrency / 2)), 1)),
    sweepMs: num("DELIVERY_SWEEP_MS", 30_000, 100),
    // Settled deliveries (and their attempts) and events older than this are deleted by the
    // worker, a small batch at a time; pending deliveries are never deleted. 0 keeps everything.
    retentionDays: num("DELIVERY_RETENTION_DAYS", 30, 0),
    // PostgreSQL: the worker's claims and settlements commit without waiting for the WAL flush
    // unless this is "on" (lib/delivery/store.ts says why that is safe).
    synchronousCommit: env.DELIVERY_SYNCHRONOUS_COMMIT === "on",
  };
}
export type DeliveryConfig = ReturnType<typeof deliveryConfig>;

/** Exponential backoff with jitter: between half and all of base·2^(n−1), capped. */
export function backoffMs(attempt: number, config: Pick<DeliveryConfig, "backoffBaseMs" | "backoffMaxMs">, random = Math.random) {
  const ceiling = Math.min(config.backoffMaxMs, config.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
