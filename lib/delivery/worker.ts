import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { liveTokenHashes, revokeSubscriptions } from "@/lib/hooks/revoke";
import { signBody } from "@/lib/hooks/signing";
import { targetProblem } from "@/lib/hooks/target-hosts";
import { backoffMs, deliveryConfig, type DeliveryConfig } from "./config";
import { onDeliveryWork } from "./wake";

interface Claimed {
  id: string;
  kind: "EVENT" | "UNSUBSCRIBE";
  accountId: string | null;
  subscriptionId: string | null;
  eventId: string | null;
  eventName: string;
  targetUrl: string;
  attempts: number;
}

type Outcome =
  | { result: "delivered"; statusCode: number }
  | { result: "gone"; statusCode: number }
  | { result: "retry" | "fail"; statusCode: number | null; error: string };

const log = (line: string) => console.log(`[delivery] ${line}`);

/**
 * Keeps up to `concurrency` sends in flight: claims due deliveries atomically (FOR UPDATE SKIP
 * LOCKED: two workers never hold one row) into the free slots, sends each, records each
 * attempt, and retries with backoff. A slot that frees up is refilled at once, so a target
 * that hangs until the timeout holds one slot, not the deliveries behind it. A row claimed by
 * a worker that dies is claimable again when its lease ends, so nothing is lost; receivers
 * deduplicate by X-CINNOX-Delivery.
 */
export class DeliveryWorker {
  readonly id = `worker_${crypto.randomBytes(6).toString("hex")}`;
  private running = false;
  private wakeUp: (() => void) | null = null;
  private pendingWake = false;
  private loop: Promise<void> | null = null;
  private lastSweep = 0;
  private unsubscribeWake: (() => void) | null = null;
  private readonly inFlight = new Map<string, Promise<void>>();
  /** The last claim filled every free slot, so more may be due: a freed slot claims again at once. */
  private backlog = false;

  constructor(private readonly config: DeliveryConfig = deliveryConfig()) {}

  start() {
    if (this.running) return;
    this.running = true;
    this.unsubscribeWake = onDeliveryWork(() => this.wake());
    this.loop = this.run();
  }

  /** Stops claiming and waits for the sends in flight to be settled. */
  async stop() {
    this.running = false;
    this.unsubscribeWake?.();
    this.wake();
    await this.loop;
  }

  wake() {
    this.pendingWake = true;
    this.wakeUp?.();
  }

  private async idle(ms: number) {
    if (this.pendingWake) {
      this.pendingWake = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeUp = null;
    this.pendingWake = false;
  }

  private async run() {
    while (this.running) {
      try {
        if (Date.now() - this.lastSweep >= this.config.sweepMs) {
          this.lastSweep = Date.now();
          await sweepRevokedTokens();
        }
        const free = this.config.concurrency - this.inFlight.size;
        if (free > 0) this.backlog = (await this.claim(free)) === free;
      } catch (error) {
        this.backlog = false;
        log(`worker ${this.id}: ${(error as Error).message}`);
      }
      // With a backlog and a free slot, claim again now; otherwise wait for new work, a freed
      // slot (when there is a backlog) or the poll interval.
      if (this.running && !(this.backlog && this.inFlight.size < this.config.concurrency)) await this.idle(this.config.pollMs);
    }
    await Promise.all(this.inFlight.values());
  }

  /** Claims up to `limit` due deliveries and starts sending each; returns how many were claimed. */
  async claim(limit: number): Promise<number> {
    const leaseUntilMs = Date.now() + this.config.leaseMs;
    const batch = await prisma.$queryRaw<Claimed[]>`
      UPDATE "Delivery" SET "lockedUntil" = to_timestamp(${leaseUntilMs}::float8 / 1000) AT TIME ZONE 'UTC', "lockedBy" = ${this.id}
      WHERE "id" IN (
        SELECT "id" FROM "Delivery"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC') AND ("lockedUntil" IS NULL OR "lockedUntil" < (now() AT TIME ZONE 'UTC'))
        ORDER BY "nextAttemptAt" ASC
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id", "kind"::text AS "kind", "accountId", "subscriptionId", "eventId", "eventName", "targetUrl", "attempts"`;
    if (batch.length === 0) return 0;
    const eventIds = [...new Set(batch.map((d) => d.eventId).filter((id): id is string => !!id))];
    const events = eventIds.length
      ? await prisma.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, payload: true } })
      : [];
    const payloads = new Map(events.map((e) => [e.id, JSON.stringify(e.payload)]));
    for (const d of batch) {
      const task = this.deliver(d, d.eventId ? payloads.get(d.eventId) : undefined).finally(() => {
        this.inFlight.delete(d.id);
        if (this.backlog) this.wake();
      });
      this.inFlight.set(d.id, task);
    }
    return batch.length;
  }

  /** Sends one claimed delivery and settles it; never throws. */
  private async deliver(d: Claimed, body: string | undefined) {
    try {
      const started = Date.now();
      const outcome = await this.send(d, body);
      await this.settle(d, outcome, Date.now() - started);
    } catch (error) {
      log(`delivery ${d.id}: ${(error as Error).message}`);
    }
  }

  private async send(d: Claimed, body: string | undefined): Promise<Outcome> {
    const problem = targetProblem(d.targetUrl);
    if (problem) return { result: "fail", statusCode: null, error: problem };
    if (d.kind === "EVENT" && (!body || !d.accountId)) return { result: "fail", statusCode: null, error: "The event or its account no longer exists." };
    const headers: Record<string, string> = {
      "User-Agent": "CINNOX-Zapier-Hooks/1.0",
      "X-CINNOX-Event": d.eventName,
      "X-CINNOX-Delivery": d.id,
    };
    if (d.kind === "EVENT" && body && d.accountId) {
      headers["Content-Type"] = "application/json";
      headers["X-CINNOX-Signature"] = signBody(d.accountId, body);
    }
    try {
      const res = await fetch(d.targetUrl, {
        method: d.kind === "EVENT" ? "POST" : "DELETE",
        headers,
        body: d.kind === "EVENT" ? body : undefined,
        redirect: "manual",
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      await res.body?.cancel().catch(() => {});
      if (res.status >= 200 && res.status < 300) return { result: "delivered", statusCode: res.status };
      if (res.status === 410) return { result: "gone", statusCode: 410 };
      if (d.kind === "UNSUBSCRIBE" && res.status === 404) return { result: "delivered", statusCode: 404 };
      const error = res.status >= 300 && res.status < 400 ? `Redirect to ${res.headers.get("location") ?? "?"} not followed` : `HTTP ${res.status}`;
      return { result: "retry", statusCode: res.status, error };
    } catch (error) {
      const e = error as Error;
      const timedOut = e.name === "TimeoutError" || e.name === "AbortError";
      return { result: "retry", statusCode: null, error: timedOut ? `Timed out after ${this.config.timeoutMs} ms` : (e.cause as Error | undefined)?.message ?? e.message };
    }
  }

  private async settle(d: Claimed, outcome: Outcome, durationMs: number) {
    const attempts = d.attempts + 1;
    const now = new Date();
    const exhausted = attempts >= this.config.maxAttempts;
    const data =
      outcome.result === "delivered"
        ? { status: "DELIVERED" as const, deliveredAt: now, lastError: null }
        : outcome.result === "gone"
          ? { status: d.kind === "UNSUBSCRIBE" ? ("DELIVERED" as const) : ("FAILED" as const), lastError: "410 Gone: the hook was removed" }
          : outcome.result === "fail" || exhausted
            ? { status: "FAILED" as const, lastError: outcome.error }
            : { status: "PENDING" as const, lastError: outcome.error, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts, this.config)) };
    const error = "error" in outcome ? outcome.error : null;
    const attemptOutcome =
      outcome.result === "delivered" ? "DELIVERED" : outcome.result === "gone" ? "GONE" : data.status === "PENDING" ? "RETRY" : "FAILED";
    const nextAttemptMs = "nextAttemptAt" in data && data.nextAttemptAt ? data.nextAttemptAt.getTime() : null;
    const deliveredAt = "deliveredAt" in data ? data.deliveredAt : null;
    // One statement settles the row and records the attempt, and only for the lease holder: a
    // worker whose lease ran out must not overwrite another's work.
    const settled = await prisma.$executeRaw`
      WITH settled AS (
        UPDATE "Delivery" SET
          "status" = ${data.status}::"DeliveryStatus", "attempts" = ${attempts}, "lastStatusCode" = ${outcome.statusCode},
          "lastError" = ${data.lastError}, "deliveredAt" = CASE WHEN ${deliveredAt !== null} THEN (now() AT TIME ZONE 'UTC') ELSE "deliveredAt" END,
          "nextAttemptAt" = CASE WHEN ${nextAttemptMs !== null} THEN to_timestamp(${nextAttemptMs ?? 0}::float8 / 1000) AT TIME ZONE 'UTC' ELSE "nextAttemptAt" END,
          "lockedBy" = NULL, "lockedUntil" = NULL, "updatedAt" = (now() AT TIME ZONE 'UTC')
        WHERE "id" = ${d.id} AND "lockedBy" = ${this.id}
        RETURNING "id"
      )
      INSERT INTO "DeliveryAttempt" ("id", "deliveryId", "number", "outcome", "statusCode", "durationMs", "error")
      SELECT gen_random_uuid()::text, settled."id", ${attempts}, ${attemptOutcome}::"AttemptOutcome", ${outcome.statusCode}, ${durationMs}, ${error} FROM settled`;
    if (settled && outcome.result === "gone" && d.kind === "EVENT" && d.subscriptionId) {
      const subscriptionId = d.subscriptionId;
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
