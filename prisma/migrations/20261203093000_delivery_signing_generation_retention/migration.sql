-- AlterTable
ALTER TABLE "ZapierAccount" ADD COLUMN     "signingGeneration" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Delivery_status_serviceId_nextAttemptAt_idx" ON "Delivery"("status", "serviceId", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Delivery_eventId_idx" ON "Delivery"("eventId");

-- CreateIndex
CREATE INDEX "Event_createdAt_idx" ON "Event"("createdAt");
