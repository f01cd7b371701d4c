import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { liveTokenHashes, revokeSubscriptions } from "@/lib/hooks/revoke";
import { activeSigningKeys, signatureHeaders } from "@/lib/hooks/signing";
import { targetProblem } from "@/lib/hooks/target-hosts";
import { backoffMs, deliveryConfig, type DeliveryConfig } from "./config";
import { deleteExpired } from "./retention";
import { sendToTarget } from "./send";
import { workerStore, type WorkerStore } from "./store";
import { listenForDeliveryWork, onDeliveryWork } from "./wake";

interface Claimed {
  id: string;
  kind: "EVENT" | "UNSUBSCRIBE";
  serviceId: string;
  accountId: string | null;
  subscriptionId: string | null;
  eventId: string | null;
  eventName: string;
  targetUrl: string;
  attempts: number;
  /** The event's payload as the database holds it (jsonb's text form): sent as is. */
  body: string | null;
  signingGeneration: number | null;
  previousSigningLive: boolean | null;
}

type Outcome =
  | { result: "delivered"; statusCode: number }
  | { result: "gone"; statusCode: number }
  | { result: "retry" | "fail"; statusCode: number | null; error: string };

interface Settlement {
  d: Claimed;
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  statusCode: number | null;
  lastError: string | null;
  delivered: boolean;
  nextAttemptMs: number | null;
  outcome: "DELIVERED" | "RETRY" | "FAILED" | "GONE";
  durationMs: number;
  error: string | null;
  gone: boolean;
}

const log = (line: string) => console.log(`[delivery] ${line}`);
const NOW = `(now() AT TIME ZONE 'UTC')`;

// Visits each service with pending work (a loose index scan of (status, serviceId, nextAttemptAt)),
// takes its oldest due rows up to its free share ($4: the slots each service holds now; $3: the
// share), then the oldest $2 of those; the event's payload and the account's signing state come
// back with the claim, in one round trip. $1: the lease end (epoch ms), $5: this worker's id.
const CLAIM_SQL = `
  WITH RECURSIVE services AS (
    (SELECT "serviceId" FROM "Delivery" WHERE "status" = 'PENDING' ORDER BY "serviceId" LIMIT 1)
    UNION ALL
    SELECT (SELECT d."serviceId" FROM "Delivery" d WHERE d."status" = 'PENDING' AND d."serviceId" > s."serviceId" ORDER BY d."serviceId" LIMIT 1)
    FROM services s WHERE s."serviceId" IS NOT NULL
  ), candidates AS (
    SELECT c."id", c."nextAttemptAt" FROM services s
    CROSS JOIN LATERAL (
      SELECT d."id", d."nextAttemptAt" FROM "Delivery" d
      WHERE d."status" = 'PENDING' AND d."serviceId" = s."serviceId" AND d."nextAttemptAt" <= ${NOW}
        AND (d."lockedUntil" IS NULL OR d."lockedUntil" < ${NOW})
      ORDER BY d."nextAttemptAt"
      LIMIT GREATEST(0, $3::int - COALESCE(($4::jsonb ->> s."serviceId")::int, 0))
      FOR UPDATE SKIP LOCKED
    ) c
    WHERE s."serviceId" IS NOT NULL
    ORDER BY c."nextAttemptAt"
    LIMIT $2::int
  ), claimed AS (
    UPDATE "Delivery" d SET "lockedUntil" = to_timestamp($1::float8 / 1000) AT TIME ZONE 'UTC', "lockedBy" = $5::text
    WHERE d."id" = ANY(ARRAY(SELECT "id" FROM candidates))
    RETURNING d."id", d."kind", d."serviceId", d."accountId", d."subscriptionId", d."eventId", d."eventName", d."targetUrl", d."attempts"
  )
  SELECT c."id", c."kind"::text AS "kind", c."serviceId", c."accountId", c."subscriptionId", c."eventId", c."eventName", c."targetUrl", c."attempts",
         e."payload"::text AS "body", a."signingGeneration",
         (a."previousTokenHash" IS NOT NULL AND a."previousTokenExpiresAt" > ${NOW}) AS "previousSigningLive"
  FROM claimed c
  LEFT JOIN "Event" e ON e."id" = c."eventId"
  LEFT JOIN "ZapierAccount" a ON a."id" = c."accountId"`;

// One statement settles the rows and records their attempts, and only for the lease holder ($1):
// a worker whose lease ran out must not overwrite another's work. $2…$11: one array per column.
const SETTLE_SQL = `
  WITH v AS (
    SELECT * FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::bool[], $8::float8[], $9::text[], $10::int[], $11::text[])
      AS v("id", "status", "attempts", "statusCode", "lastError", "delivered", "nextAttemptMs", "outcome", "durationMs", "error")
  ), settled AS (
    UPDATE "Delivery" d SET
      "status" = v."status"::"DeliveryStatus", "attempts" = v."attempts", "lastStatusCode" = v."statusCode", "lastError" = v."lastError",
      "deliveredAt" = CASE WHEN v."delivered" THEN ${NOW} ELSE d."deliveredAt" END,
      "nextAttemptAt" = CASE WHEN v."nextAttemptMs" IS NOT NULL THEN to_timestamp(v."nextAttemptMs" / 1000) AT TIME ZONE 'UTC' ELSE d."nextAttemptAt" END,
      "lockedBy" = NULL, "lockedUntil" = NULL, "updatedAt" = ${NOW}
    FROM v WHERE d."id" = v."id" AND d."lockedBy" = $1::text
    RETURNING d."id", v."attempts", v."outcome", v."statusCode", v."durationMs", v."error"
  )
  INSERT INTO "DeliveryAttempt" ("id", "deliveryId", "number", "outcome", "statusCode", "durationMs", "error")
  SELECT gen_random_uuid()::text, s."id", s."attempts", s."outcome"::"AttemptOutcome", s."statusCode", s."durationMs", s."error" FROM settled s
  RETURNING "deliveryId"`;

/**
 * Keeps up to `concurrency` sends in flight: claims due deliveries atomically (FOR UPDATE SKIP
 * LOCKED: two workers never hold one row) into the free slots, sends each, records each
 * attempt, and retries with backoff. A slot that frees up is refilled at once, so a target
 * that hangs until the timeout holds one slot, not the deliveries behind it, and one service
 * holds at most `serviceConcurrency` slots, so its hanging targets cannot hold up another
 * service. A row claimed by a worker that dies is claimable again when its lease ends, so
 * nothing is lost; receivers deduplicate by webhook-id (= X-CINNOX-Delivery).
 *
 * Outcomes are settled in batches: one statement settles every outcome that arrived while the
 * previous batch was being written, and records their attempts; each row only for the lease
 * holder.
 */
export class DeliveryWorker {
  readonly id = `worker_${crypto.randomBytes(6).toString("hex")}`;
  private running = false;
  private wakeUp: (() => void) | null = null;
  private pendingWake = false;
  private loop: Promise<void> | null = null;
  private lastSweep = 0;
  private unsubscribeWake: (() => void) | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly perService = new Map<string, number>();
  private settleQueue: Settlement[] = [];
  /**
   * The last claim found fewer rows than it asked for: no more due work within the services'
   * shares, so claiming again after every finished send would mostly find nothing or one row.
   * Until new work is announced or the poll comes round, the next claim waits for `minClaim`
   * finished sends (each frees a slot of its service's share).
   */
  private claimShort = false;
  private freedSinceShort = 0;
  private settling: Promise<void> | null = null;
  private retention: Promise<void> | null = null;
  private readonly store: WorkerStore;

  constructor(private readonly config: DeliveryConfig = deliveryConfig()) {
    this.store = workerStore({ synchronousCommit: config.synchronousCommit, poolSize: 3 });
  }

  start() {
    if (this.running) return;
    this.running = true;
    this.unsubscribeWake = onDeliveryWork(() => this.wake());
    const db = databaseConfig();
    if (db.kind === "postgres") this.stopListening = listenForDeliveryWork(db.url, () => this.wake(), log);
    this.loop = this.run();
  }

  /** Stops claiming and waits for the sends in flight to be settled. */
  async stop() {
    this.running = false;
    this.unsubscribeWake?.();
    await this.stopListening?.();
    this.wake();
    await this.loop;
    await this.retention;
    await this.store.close();
  }

  /** New work may be due (an ingest here, a NOTIFY from elsewhere): the next pass claims. */
  wake() {
    this.claimShort = false;
    this.nudge();
  }

  /** A send of this worker's own finished: the next pass settles it and may claim. */
  private nudge() {
    this.pendingWake = true;
    this.wakeUp?.();
  }

  private async idle(ms: number) {
    if (this.pendingWake) {
      this.pendingWake = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.claimShort = false; // the poll: rows whose retry time has come
        resolve();
      }, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeUp = null;
    this.pendingWake = false;
  }

  private async run() {
    // Claim when at least this many slots are free (or nothing is in flight): fewer, bigger claims under load.
    const minClaim = Math.max(1, Math.floor(this.config.concurrency / 4));
    while (this.running) {
      try {
        if (Date.now() - this.lastSweep >= this.config.sweepMs) {
          this.lastSweep = Date.now();
          await sweepRevokedTokens();
          this.retention ??= deleteExpired(this.config.retentionDays)
            .then(({ deliveries, events }) => {
              if (deliveries || events) log(`retention: deleted ${deliveries} deliveries and ${events} events older than ${this.config.retentionDays} days`);
            })
            .catch((error: Error) => log(`retention: ${error.message}`))
            .finally(() => (this.retention = null));
        }
        const free = this.config.concurrency - this.inFlight.size;
        const idle = this.inFlight.size === 0;
        const worthClaiming = !this.claimShort || this.freedSinceShort >= minClaim || idle;
        if (worthClaiming && (free >= minClaim || (free > 0 && idle))) await this.claim(free);
      } catch (error) {
        log(`worker ${this.id}: ${(error as Error).message}`);
      }
      // Wait for new work, a send that finishes (it frees a slot, and its service's share) or the poll interval;
      // then let the I/O already waiting (other answers) run first, so one claim refills many slots.
      if (this.running) {
        await this.idle(this.config.pollMs);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    await Promise.all(this.inFlight.values());
    await this.flushSettlements();
  }

  /** Claims up to `limit` due deliveries, at most the service's share each, and starts sending them; returns how many. */
  async claim(limit: number): Promise<number> {
    const leaseUntilMs = Date.now() + this.config.leaseMs;
    const held = JSON.stringify(Object.fromEntries(this.perService));
    const batch = await this.store.query<Claimed>(CLAIM_SQL, [leaseUntilMs, limit, this.config.serviceConcurrency, held, this.id], "delivery_claim");
    this.claimShort = batch.length < limit;
    this.freedSinceShort = 0;
    for (const d of batch) {
      this.perService.set(d.serviceId, (this.perService.get(d.serviceId) ?? 0) + 1);
      const task = this.deliver(d).finally(() => {
        this.inFlight.delete(d.id);
        const held = (this.perService.get(d.serviceId) ?? 1) - 1;
        if (held > 0) this.perService.set(d.serviceId, held);
        else this.perService.delete(d.serviceId);
        this.freedSinceShort++;
        this.nudge();
      });
      this.inFlight.set(d.id, task);
    }
    return batch.length;
  }

  /** Sends one claimed delivery and queues its settlement; never throws. */
  private async deliver(d: Claimed) {
    try {
      const started = Date.now();
      const outcome = await this.send(d);
      this.queueSettlement(d, outcome, Date.now() - started);
    } catch (error) {
      log(`delivery ${d.id}: ${(error as Error).message}`);
    }
  }

  private async send(d: Claimed): Promise<Outcome> {
    const url = URL.parse(d.targetUrl); // parsed once, for the check and the send
    const problem = targetProblem(url ?? d.targetUrl);
    if (problem || !url) return { result: "fail", statusCode: null, error: problem ?? "targetUrl must be an absolute http(s) URL." };
    const body = d.kind === "EVENT" ? d.body : null;
    if (d.kind === "EVENT" && (body === null || !d.accountId || d.signingGeneration === null)) {
      return { result: "fail", statusCode: null, error: "The event or its account no longer exists." };
    }
    const headers: Record<string, string> = {
      "User-Agent": "CINNOX-Zapier-Hooks/1.0",
      "X-CINNOX-Event": d.eventName,
      "X-CINNOX-Delivery": d.id,
    };
    if (body !== null && d.accountId && d.signingGeneration !== null) {
      headers["Content-Type"] = "application/json";
      Object.assign(headers, signatureHeaders(d.id, body, activeSigningKeys(d.accountId, d.signingGeneration, !!d.previousSigningLive)));
    }
    try {
      const res = await sendToTarget(url, {
        method: d.kind === "EVENT" ? "POST" : "DELETE",
        headers,
        body: body ?? undefined,
        timeoutMs: this.config.timeoutMs,
      });
      if (res.status >= 200 && res.status < 300) return { result: "delivered", statusCode: res.status };
      if (res.status === 410) return { result: "gone", statusCode: 410 };
      if (d.kind === "UNSUBSCRIBE" && res.status === 404) return { result: "delivered", statusCode: 404 };
      const error = res.status >= 300 && res.status < 400 ? `Redirect to ${res.location ?? "?"} not followed` : `HTTP ${res.status}`;
      return { result: "retry", statusCode: res.status, error };
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      const timedOut = e.name === "TimeoutError" || e.name === "AbortError";
      return { result: "retry", statusCode: null, error: timedOut ? `Timed out after ${this.config.timeoutMs} ms` : e.message };
    }
  }

  private queueSettlement(d: Claimed, outcome: Outcome, durationMs: number) {
    const attempts = d.attempts + 1;
    const exhausted = attempts >= this.config.maxAttempts;
    const status =
      outcome.result === "delivered"
        ? "DELIVERED"
        : outcome.result === "gone"
          ? d.kind === "UNSUBSCRIBE"
            ? "DELIVERED"
            : "FAILED"
          : outcome.result === "fail" || exhausted
            ? "FAILED"
            : "PENDING";
    const error = "error" in outcome ? outcome.error : null;
    this.settleQueue.push({
      d,
      status,
      attempts,
      statusCode: outcome.statusCode,
      lastError: outcome.result === "delivered" ? null : outcome.result === "gone" ? "410 Gone: the hook was removed" : error,
      delivered: outcome.result === "delivered",
      nextAttemptMs: status === "PENDING" ? Date.now() + backoffMs(attempts, this.config) : null,
      outcome: outcome.result === "delivered" ? "DELIVERED" : outcome.result === "gone" ? "GONE" : status === "PENDING" ? "RETRY" : "FAILED",
      durationMs,
      error,
      gone: outcome.result === "gone",
    });
    // Started after the I/O already waiting (other answers) has run, so that one statement settles them all.
    this.settling ??= new Promise((resolve) => setImmediate(resolve))
      .then(() => this.settleLoop())
      .finally(() => (this.settling = null));
  }

  private async flushSettlements() {
    while (this.settling) await this.settling;
  }

  /** Writes the queued settlements, a batch per statement, until the queue is empty. */
  private async settleLoop() {
    while (this.settleQueue.length > 0) {
      const batch = this.settleQueue.splice(0, 500);
      try {
        await this.settle(batch);
      } catch (error) {
        // The rows stay claimed until their lease ends, then another attempt is made: nothing is lost.
        log(`settling ${batch.length} deliveries: ${(error as Error).message}`);
      }
    }
  }

  private async settle(batch: Settlement[]) {
    const col = <T>(pick: (s: Settlement) => T) => batch.map(pick);
    const settled = await this.store.query<{ deliveryId: string }>(SETTLE_SQL, [
      this.id,
      col((s) => s.d.id),
      col((s) => s.status),
      col((s) => s.attempts),
      col((s) => s.statusCode),
      col((s) => s.lastError),
      col((s) => s.delivered),
      col((s) => s.nextAttemptMs),
      col((s) => s.outcome),
      col((s) => s.durationMs),
      col((s) => s.error),
    ], "delivery_settle");
    if (!batch.some((s) => s.gone)) return;
    const ok = new Set(settled.map((r) => r.deliveryId));
    for (const s of batch) {
      if (!s.gone || s.d.kind !== "EVENT" || !s.d.subscriptionId || !ok.has(s.d.id)) continue;
      const subscriptionId = s.d.subscriptionId;
      await prisma.$transaction([
        prisma.hookSubscription.deleteMany({ where: { id: subscriptionId } }),
        prisma.delivery.deleteMany({ where: { subscriptionId, status: "PENDING", kind: "EVENT" } }),
      ]);
    }
  }
}

/**
 * A hook lives as long as the token that made it: once that token stops working (its grace
 * period ended, or a later regeneration dropped it), the hook is revoked (DELETE sent to its
 * target) and an ended grace period's token is forgotten. Until then ingest already skips
 * such hooks. Each account is handled under its row lock, so workers never revoke twice.
 */
export async function sweepRevokedTokens() {
  const accounts = await prisma.$queryRaw<{ id: string; serviceId: string }[]>`
    SELECT a."id", a."serviceId" FROM "ZapierAccount" a
    WHERE (a."previousTokenHash" IS NOT NULL AND a."previousTokenExpiresAt" <= (now() AT TIME ZONE 'UTC'))
       OR EXISTS (
         SELECT 1 FROM "HookSubscription" s
         WHERE s."accountId" = a."id" AND s."tokenHash" <> a."tokenHash"
           AND NOT (s."tokenHash" = a."previousTokenHash" AND a."previousTokenExpiresAt" > (now() AT TIME ZONE 'UTC')))
    LIMIT 100`;
  let revoked = 0;
  for (const account of accounts) {
    revoked += await prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ tokenHash: string; previousTokenHash: string | null; previousTokenExpiresAt: Date | null }[]>`
        SELECT "tokenHash", "previousTokenHash", "previousTokenExpiresAt" FROM "ZapierAccount" WHERE "id" = ${account.id} FOR UPDATE`;
      const row = rows[0];
      if (!row) return 0; // deleted meanwhile: its hooks went with it
      const live = liveTokenHashes(row);
      if (row.previousTokenHash && !live.includes(row.previousTokenHash)) {
        await tx.zapierAccount.update({ where: { id: account.id }, data: { previousTokenHash: null } });
      }
      return revokeSubscriptions(tx, account, { keepTokenHashes: live });
    });
  }
  return revoked;
}

const globalForWorker = globalThis as unknown as { __deliveryWorker?: DeliveryWorker };

/** The in-process worker: started once per server process unless DELIVERY_WORKER=off. */
export function startInProcessWorker() {
  if (process.env.DELIVERY_WORKER === "off" || globalForWorker.__deliveryWorker) return globalForWorker.__deliveryWorker;
  const worker = new DeliveryWorker();
  globalForWorker.__deliveryWorker = worker;
  worker.start();
  return worker;
}

/** Stops the in-process worker, if this process runs one, once the sends in flight are settled. */
export async function stopInProcessWorker() {
  const worker = globalForWorker.__deliveryWorker;
  globalForWorker.__deliveryWorker = undefined;
  await worker?.stop();
}
