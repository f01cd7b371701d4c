import { db } from "@/lib/db";
import { cachedCredentials, rememberCredentials } from "./credential-cache";
import { digestMatches, hashToken, isWellFormedToken, tokenDigest } from "@/lib/zapier-accounts/tokens";

export interface AppPrincipal {
  accountId: string;
  appId: string;
  name: string;
  serviceId: string;
  serviceName: string;
  /** Whether lastUsedAt was written less than a minute ago (then it is not written again). */
  recentlyUsed: boolean;
  /** SHA-256 (hex) of the token that authenticated: the current one, or the previous one during a grace period. */
  tokenHash: string;
}

type Row = {
  id: string;
  appId: string;
  name: string;
  serviceId: string;
  serviceName: string;
  tokenHash: string;
  previousTokenHash: string | null;
  /** Epoch ms when the previous token stops working, or null. */
  previousUntil: number | null;
  /** Epoch ms of the last recorded use, or null; moved forward in memory when this process touches it. */
  lastUsedMs: number | null;
};

// Compared against when the App ID is unknown so that miss and mismatch take the same time.
const DUMMY_HASH = hashToken("cnxzap_dummy");
const MINUTE_MS = 60_000;

// Timestamps are stored as UTC wall time; EXTRACT(EPOCH ...) of such a value is its UTC epoch
// whatever the session's time zone, so no date parsing depends on the driver or the process.
const VERIFY_SQL = `
  SELECT a."id", a."appId", a."name", a."serviceId", s."name" AS "serviceName", a."tokenHash", a."previousTokenHash",
         (EXTRACT(EPOCH FROM a."previousTokenExpiresAt") * 1000)::float8 AS "previousUntil",
         (EXTRACT(EPOCH FROM a."lastUsedAt") * 1000)::float8 AS "lastUsedMs"
  FROM "ZapierAccount" a JOIN "Service" s ON s."id" = a."serviceId"
  WHERE a."appId" = $1`;

async function credentialRow(appId: string, fresh = false): Promise<{ row: Row | undefined; cached: boolean }> {
  const cached = fresh ? { value: undefined, ticket: undefined } : cachedCredentials<Row>(appId);
  if (cached.value) return { row: cached.value, cached: true };
  const row = (await db().query<Row>(VERIFY_SQL, [appId], "zapier_verify_credentials"))[0];
  if (row) rememberCredentials(appId, row, cached.ticket);
  return { row, cached: false };
}

/**
 * The hot path: the account's row by App ID (joined to its service; from this process's cache
 * when it holds it, lib/zapier-api/credential-cache.ts, else one indexed lookup through a
 * prepared statement outside Prisma's engine), then constant-time comparison with the current
 * token and, during a grace period, the previous one. Returns null for a wrong, deleted or
 * expired token alike.
 */
export async function verifyAppCredentials(appId: string | null, token: string | null): Promise<AppPrincipal | null> {
  if (!appId || !token || appId.length > 64 || !isWellFormedToken(token)) return null;
  const digest = tokenDigest(token); // once, for every comparison
  const first = await credentialRow(appId);
  let row = first.row;
  let current = digestMatches(digest, row?.tokenHash ?? DUMMY_HASH);
  if (first.cached && !current) {
    // Anything but the current token is decided on the database's row: a grace period, and
    // whether it still runs, is never taken from memory.
    ({ row } = await credentialRow(appId, true));
    current = digestMatches(digest, row?.tokenHash ?? DUMMY_HASH);
  }
  const now = Date.now();
  const previous = digestMatches(digest, row?.previousTokenHash ?? DUMMY_HASH) && row?.previousUntil != null && row.previousUntil > now;
  if (!row || !(current || previous)) return null;
  const recentlyUsed = row.lastUsedMs !== null && row.lastUsedMs > now - MINUTE_MS;
  // This process writes lastUsedAt at most once a minute per account (the UPDATE itself skips
  // a row another process touched in the last minute).
  if (!recentlyUsed) row.lastUsedMs = now;
  return {
    accountId: row.id,
    appId: row.appId,
    name: row.name,
    serviceId: row.serviceId,
    serviceName: row.serviceName,
    recentlyUsed,
    tokenHash: current ? row.tokenHash : (row.previousTokenHash ?? row.tokenHash),
  };
}

const TOUCH_SQL = `
  UPDATE "ZapierAccount" SET "lastUsedAt" = (now() AT TIME ZONE 'UTC')
  WHERE "id" = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '1 minute')`;

/**
 * At most one write a minute per account, and a no-op when another instance got there first.
 * Raw SQL so that `updatedAt` (Prisma's @updatedAt) keeps meaning "the account was changed".
 */
export async function touchLastUsed(principal: AppPrincipal) {
  if (principal.recentlyUsed) return;
  await db().query(TOUCH_SQL, [principal.accountId], "zapier_touch_last_used");
}
