import { prisma } from "@/lib/db";
import { hashToken, isWellFormedToken, tokenMatchesHash } from "@/lib/zapier-accounts/tokens";

export interface AppPrincipal {
  accountId: string;
  appId: string;
  name: string;
  serviceId: string;
  serviceName: string;
  lastUsedAt: Date | null;
  tokenRegeneratedAt: Date | null;
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
  previousTokenExpiresAt: Date | null;
  lastUsedAt: Date | null;
  tokenRegeneratedAt: Date | null;
};

// Compared against when the App ID is unknown so that miss and mismatch take the same time.
const DUMMY_HASH = hashToken("cnxzap_dummy");

/**
 * The hot path: one indexed lookup by App ID (joined to its service), then constant-time
 * comparison with the current token and, during a grace period, the previous one.
 * Returns null for a wrong, deleted or expired token alike.
 */
export async function verifyAppCredentials(appId: string | null, token: string | null, now = new Date()): Promise<AppPrincipal | null> {
  if (!appId || !token || appId.length > 64 || !isWellFormedToken(token)) return null;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT a."id", a."appId", a."name", a."serviceId", s."name" AS "serviceName", a."tokenHash",
           a."previousTokenHash", a."previousTokenExpiresAt", a."lastUsedAt", a."tokenRegeneratedAt"
    FROM "ZapierAccount" a JOIN "Service" s ON s."id" = a."serviceId"
    WHERE a."appId" = ${appId}`;
  const row = rows[0];
  const current = tokenMatchesHash(token, row?.tokenHash ?? DUMMY_HASH);
  const previousLive = !!row?.previousTokenExpiresAt && row.previousTokenExpiresAt > now;
  const previous = tokenMatchesHash(token, row?.previousTokenHash ?? DUMMY_HASH) && previousLive;
  if (!row || !(current || previous)) return null;
  return {
    accountId: row.id,
    appId: row.appId,
    name: row.name,
    serviceId: row.serviceId,
    serviceName: row.serviceName,
    lastUsedAt: row.lastUsedAt,
    tokenRegeneratedAt: row.tokenRegeneratedAt,
    tokenHash: current ? row.tokenHash : (row.previousTokenHash ?? row.tokenHash),
  };
}

/**
 * At most one write a minute per account, and a no-op when another instance got there first.
 * Raw SQL so that `updatedAt` (Prisma's @updatedAt) keeps meaning "the account was changed".
 */
export async function touchLastUsed(principal: AppPrincipal, now = new Date()) {
  if (principal.lastUsedAt && principal.lastUsedAt.getTime() > now.getTime() - 60_000) return;
  await prisma.$executeRaw`
    UPDATE "ZapierAccount" SET "lastUsedAt" = (now() AT TIME ZONE 'UTC')
    WHERE "id" = ${principal.accountId}
      AND ("lastUsedAt" IS NULL OR "lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '1 minute')`;
}
