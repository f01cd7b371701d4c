import { db } from "@/lib/db";
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
  previousLive: boolean;
  recentlyUsed: boolean;
};

// Compared against when the App ID is unknown so that miss and mismatch take the same time.
const DUMMY_HASH = hashToken("cnxzap_dummy");

// Time comparisons happen in the database (timestamps are stored as UTC wall time), so no
// date parsing depends on the driver or the process's time zone.
const VERIFY_SQL = `
  SELECT a."id", a."appId", a."name", a."serviceId", s."name" AS "serviceName", a."tokenHash", a."previousTokenHash",
         COALESCE(a."previousTokenExpiresAt" > (now() AT TIME ZONE 'UTC'), false) AS "previousLive",
         COALESCE(a."lastUsedAt" > (now() AT TIME ZONE 'UTC') - interval '1 minute', false) AS "recentlyUsed"
  FROM "ZapierAccount" a JOIN "Service" s ON s."id" = a."serviceId"
  WHERE a."appId" = $1`;

/**
 * The hot path: one indexed lookup by App ID (joined to its service, a prepared statement
 * outside Prisma's engine), then constant-time comparison with the current token and, during
 * a grace period, the previous one. Returns null for a wrong, deleted or expired token alike.
 */
export async function verifyAppCredentials(appId: string | null, token: string | null): Promise<AppPrincipal | null> {
  if (!appId || !token || appId.length > 64 || !isWellFormedToken(token)) return null;
  const rows = await db().query<Row>(VERIFY_SQL, [appId], "zapier_verify_credentials");
  const row = rows[0];
  const digest = tokenDigest(token); // once, for both comparisons
  const current = digestMatches(digest, row?.tokenHash ?? DUMMY_HASH);
  const previous = digestMatches(digest, row?.previousTokenHash ?? DUMMY_HASH) && !!row?.previousLive;
  if (!row || !(current || previous)) return null;
  return {
    accountId: row.id,
    appId: row.appId,
    name: row.name,
    serviceId: row.serviceId,
    serviceName: row.serviceName,
    recentlyUsed: row.recentlyUsed,
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
