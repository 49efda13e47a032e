-- DropIndex
DROP INDEX "ProgressEntry_authorId_idx";

-- DropIndex
DROP INDEX "ProgressEntry_recordedAt_idx";

