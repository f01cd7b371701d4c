-- Each hook remembers which App Token subscribed it, so it is revoked when that token stops
-- working. Existing rows are backfilled before the column becomes NOT NULL.

-- AlterTable
ALTER TABLE "HookSubscription" ADD COLUMN     "tokenHash" TEXT;

-- Hooks made at or after the last regeneration were made with the current token. Older ones
-- were made with the previous token while it is still stored (live, or expired and about to
-- be revoked by the worker's sweep, as before this change); with no previous token stored
-- they predate any grace period and the current token is the only one they can belong to.
UPDATE "HookSubscription" s SET "tokenHash" = CASE
  WHEN a."tokenRegeneratedAt" IS NULL OR s."createdAt" >= a."tokenRegeneratedAt" THEN a."tokenHash"
  WHEN a."previousTokenHash" IS NOT NULL THEN a."previousTokenHash"
  ELSE a."tokenHash"
END
FROM "ZapierAccount" a WHERE a."id" = s."accountId";

ALTER TABLE "HookSubscription" ALTER COLUMN "tokenHash" SET NOT NULL;
