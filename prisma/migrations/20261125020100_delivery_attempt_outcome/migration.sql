-- Each delivery attempt records its outcome. Existing rows are backfilled before the column
-- becomes NOT NULL.

-- CreateEnum
CREATE TYPE "AttemptOutcome" AS ENUM ('DELIVERED', 'RETRY', 'FAILED', 'GONE');

-- AlterTable
ALTER TABLE "DeliveryAttempt" ADD COLUMN     "outcome" "AttemptOutcome";

-- 2xx delivered (and 404 to an unsubscribe notice: the hook was already gone); 410 gone; any
-- other failure retried, except the last try of a delivery that ended FAILED.
UPDATE "DeliveryAttempt" t SET "outcome" = (CASE
  WHEN t."statusCode" BETWEEN 200 AND 299 THEN 'DELIVERED'
  WHEN t."statusCode" = 410 THEN 'GONE'
  WHEN t."statusCode" = 404 AND d."kind" = 'UNSUBSCRIBE' THEN 'DELIVERED'
  WHEN d."status" = 'FAILED' AND t."number" = d."attempts" THEN 'FAILED'
  ELSE 'RETRY'
END)::"AttemptOutcome"
FROM "Delivery" d WHERE d."id" = t."deliveryId";

ALTER TABLE "DeliveryAttempt" ALTER COLUMN "outcome" SET NOT NULL;
