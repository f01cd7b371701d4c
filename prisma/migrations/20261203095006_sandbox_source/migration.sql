-- AlterTable
ALTER TABLE "WorkspaceContact" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'zap';

-- AlterTable
ALTER TABLE "WorkspaceEnquiry" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'seed';

-- AlterTable
ALTER TABLE "WorkspaceMessage" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'zap';

-- AlterTable
ALTER TABLE "WorkspaceSms" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'zap';

-- AlterTable
ALTER TABLE "WorkspaceTag" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'seed';

-- The seed's contacts (ids ctc_…) were there before the column: mark them as seed, not as a Zap's.
UPDATE "WorkspaceContact" SET "source" = 'seed' WHERE "id" LIKE 'ctc\_%';
