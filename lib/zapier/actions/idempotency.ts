import crypto from "node:crypto";
import { IDEMPOTENCY_KEY_PATTERN } from "@/contract/actions";
import { ApiError, errorResponse } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import type { ActionContext } from "./context";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
/** A key whose first request has run this long without an answer belongs to a process that died: it may be taken over. */
const ABANDONED_MS = 60_000;
/** How long a duplicate waits for the first request's answer. */
const WAIT_MS = 30_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An answer worth replaying: success and the client's own mistakes; not a throttle or our failure, which a retry may get past. */
const replayable = (status: number) => status < 500 && status !== 429;

export function requestHash(method: string, path: string, body: unknown) {
  return crypto.createHash("sha256").update(`${method}\n${path}\n${JSON.stringify(body ?? null)}`).digest("hex");
}

/** The Idempotency-Key header: absent (null), or 1–255 printable ASCII characters, else 422 naming it. */
export function idempotencyKeyOf(req: Request): string | null {
  const key = req.headers.get("idempotency-key");
  if (key === null) return null;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new ApiError("invalid_input", "Idempotency-Key must be 1 to 255 printable ASCII characters.", { field: "Idempotency-Key" });
  }
  return key;
}

function replay(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store", "Idempotent-Replayed": "true" } });
}

/**
 * Runs a POST or PATCH at most once per Idempotency-Key and account within 24 hours. The first
 * request takes the key by inserting its row (a unique (accountId, key) row, atomically: two at
 * once cannot both take it); it runs, then stores its answer. A later one with the same request
 * answers the stored answer (status and body) without acting; one that arrives while the first is
 * running waits for it; one with a different method, path or body answers 409 idempotency_conflict.
 */
export async function withIdempotency(ctx: ActionContext, run: () => Promise<Response>): Promise<Response> {
  const key = idempotencyKeyOf(ctx.req);
  if (key === null) return run();
  const accountId = ctx.principal.accountId;
  const url = new URL(ctx.req.url);
  const hash = requestHash(ctx.req.method, url.pathname, ctx.body);
  const deadline = Date.now() + WAIT_MS;

  for (let attempt = 0; ; attempt++) {
    const now = Date.now();
    const id = `idk_${crypto.randomBytes(12).toString("base64url")}`;
    const taken = await prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO "IdempotencyKey" ("id", "accountId", "key", "requestHash", "createdAt")
      VALUES (${id}, ${accountId}, ${key}, ${hash}, ${new Date(now)})
      ON CONFLICT ("accountId", "key") DO UPDATE
        SET "id" = EXCLUDED."id", "requestHash" = EXCLUDED."requestHash", "status" = NULL, "body" = NULL, "createdAt" = EXCLUDED."createdAt"
        WHERE "IdempotencyKey"."createdAt" < ${new Date(now - IDEMPOTENCY_TTL_MS)}
           OR ("IdempotencyKey"."status" IS NULL AND "IdempotencyKey"."createdAt" < ${new Date(now - ABANDONED_MS)})
      RETURNING "id"`;
    if (taken.length > 0) return runFirst(id, run);

    const existing = await prisma.idempotencyKey.findUnique({ where: { accountId_key: { accountId, key } }, select: { requestHash: true, status: true, body: true } });
    if (!existing) continue; // the first one failed and gave the key back: take it
    if (existing.requestHash !== hash) {
      throw new ApiError("idempotency_conflict", undefined, { field: "Idempotency-Key" });
    }
    if (existing.status !== null && existing.body !== null) {
      ctx.record({ idempotentReplay: true });
      return replay(existing.status, existing.body);
    }
    if (Date.now() > deadline) {
      throw new ApiError("idempotency_conflict", "A request with this Idempotency-Key is still in progress. Try again shortly.", { field: "Idempotency-Key" });
    }
    await sleep(Math.min(25 * 2 ** Math.min(attempt, 4), 400));
  }
}

async function runFirst(id: string, run: () => Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    if (!(error instanceof ApiError) || !replayable(error.status)) {
      await release(id);
      throw error;
    }
    response = errorResponse(error);
  }
  if (!replayable(response.status)) {
    await release(id);
    return response;
  }
  const body = await response.clone().text();
  await prisma.idempotencyKey.update({ where: { id }, data: { status: response.status, body } });
  maybePurge();
  return response;
}

async function release(id: string) {
  await prisma.idempotencyKey.deleteMany({ where: { id } }).catch((e: unknown) => console.error("[idempotency] release failed:", (e as Error).message));
}

let lastPurge = 0;
/** Keys past their 24 hours, deleted in small batches at most once a minute, off the answer's path. */
function maybePurge() {
  if (Date.now() - lastPurge < 60_000) return;
  lastPurge = Date.now();
  const before = new Date(Date.now() - IDEMPOTENCY_TTL_MS);
  void prisma.$executeRaw`
    DELETE FROM "IdempotencyKey" WHERE "id" IN (SELECT "id" FROM "IdempotencyKey" WHERE "createdAt" < ${before} LIMIT 1000)`.catch((e: unknown) =>
    console.error("[idempotency] purge failed:", (e as Error).message),
  );
}
