import { prisma } from "@/lib/db";

// Timestamps are stored as UTC wall time (as Prisma writes them), whatever the session's time zone.
/**
 * A fixed-window counter in the database, shared by every web instance: for rare, security
 * sensitive paths (failed logins). One statement, atomic under concurrency.
 */
export async function countInDatabase(key: string, windowSeconds: number): Promise<{ count: number; retryAfter: number }> {
  const rows = await prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, (now() AT TIME ZONE 'UTC'), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => ${windowSeconds}::float8) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => ${windowSeconds}::float8) THEN (now() AT TIME ZONE 'UTC') ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) return { count: 1, retryAfter: windowSeconds };
  const retryAfter = Math.max(1, Math.ceil((row.windowStart.getTime() + windowSeconds * 1000 - Date.now()) / 1000));
  return { count: Number(row.count), retryAfter };
}

/** Takes back one count (an attempt that turned out not to be a failure). */
export async function releaseDatabaseCount(key: string) {
  await prisma.$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

export async function clearDatabaseCount(key: string) {
  await prisma.rateLimit.deleteMany({ where: { key } });
}
