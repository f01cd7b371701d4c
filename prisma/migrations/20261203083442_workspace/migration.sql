-- CreateTable
CREATE TABLE "WorkspaceContact" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "fullNameKey" TEXT NOT NULL,
    "mobilePhone" TEXT,
    "workPhone" TEXT,
    "homePhone" TEXT,
    "otherPhone" TEXT,
    "email" TEXT,
    "personalEmail" TEXT,
    "otherEmail" TEXT,
    "facebook" TEXT,
    "whatsApp" TEXT,
    "weChat" TEXT,
    "line" TEXT,
    "twitter" TEXT,
    "linkedin" TEXT,
    "companyName" TEXT,
    "department" TEXT,
    "jobTitle" TEXT,
    "birthday" TEXT,
    "language" TEXT,
    "addresses" JSONB NOT NULL DEFAULT '[]',
    "customerType" TEXT,
    "group" TEXT,
    "level" TEXT,
    "ownerId" TEXT,
    "sharedWith" JSONB NOT NULL DEFAULT '[]',
    "slaveContacts" JSONB NOT NULL DEFAULT '[]',
    "phoneType" TEXT NOT NULL DEFAULT 'Mobile',
    "emailType" TEXT NOT NULL DEFAULT 'Work',
    "socialType" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkspaceContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceEnquiry" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "displayCaseNumber" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkspaceEnquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceTag" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "colorCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceNumber" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceNumber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceStaff" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "department" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceStaff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceRoom" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceRoom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceMessage" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "staffId" TEXT,
    "roomId" TEXT,
    "text" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceSms" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "senderNumber" TEXT NOT NULL,
    "recipientNumber" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "segments" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Submitted',
    "responseCode" INTEGER NOT NULL DEFAULT 0,
    "exception" TEXT,
    "reportDueAt" TIMESTAMP(3),
    "reportedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceSms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER,
    "body" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkspaceContact_serviceId_fullNameKey_idx" ON "WorkspaceContact"("serviceId", "fullNameKey");

-- CreateIndex
CREATE INDEX "WorkspaceContact_serviceId_email_idx" ON "WorkspaceContact"("serviceId", "email");

-- CreateIndex
CREATE INDEX "WorkspaceContact_serviceId_mobilePhone_idx" ON "WorkspaceContact"("serviceId", "mobilePhone");

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceEnquiry_serviceId_displayCaseNumber_key" ON "WorkspaceEnquiry"("serviceId", "displayCaseNumber");

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceTag_serviceId_name_key" ON "WorkspaceTag"("serviceId", "name");

-- CreateIndex
CREATE INDEX "WorkspaceNumber_serviceId_type_idx" ON "WorkspaceNumber"("serviceId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceNumber_serviceId_number_key" ON "WorkspaceNumber"("serviceId", "number");

-- CreateIndex
CREATE INDEX "WorkspaceStaff_serviceId_name_idx" ON "WorkspaceStaff"("serviceId", "name");

-- CreateIndex
CREATE INDEX "WorkspaceRoom_serviceId_name_idx" ON "WorkspaceRoom"("serviceId", "name");

-- CreateIndex
CREATE INDEX "WorkspaceMessage_serviceId_sentAt_idx" ON "WorkspaceMessage"("serviceId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceSms_transactionId_key" ON "WorkspaceSms"("transactionId");

-- CreateIndex
CREATE INDEX "WorkspaceSms_reportDueAt_idx" ON "WorkspaceSms"("reportDueAt");

-- CreateIndex
CREATE INDEX "WorkspaceSms_serviceId_createdAt_idx" ON "WorkspaceSms"("serviceId", "createdAt");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyKey_accountId_key_key" ON "IdempotencyKey"("accountId", "key");

-- AddForeignKey
ALTER TABLE "WorkspaceContact" ADD CONSTRAINT "WorkspaceContact_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceContact" ADD CONSTRAINT "WorkspaceContact_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "WorkspaceStaff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceEnquiry" ADD CONSTRAINT "WorkspaceEnquiry_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceTag" ADD CONSTRAINT "WorkspaceTag_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceNumber" ADD CONSTRAINT "WorkspaceNumber_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceStaff" ADD CONSTRAINT "WorkspaceStaff_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceRoom" ADD CONSTRAINT "WorkspaceRoom_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceMessage" ADD CONSTRAINT "WorkspaceMessage_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceMessage" ADD CONSTRAINT "WorkspaceMessage_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "WorkspaceStaff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceMessage" ADD CONSTRAINT "WorkspaceMessage_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "WorkspaceRoom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceSms" ADD CONSTRAINT "WorkspaceSms_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyKey" ADD CONSTRAINT "IdempotencyKey_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "ZapierAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;
