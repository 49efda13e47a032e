-- DropIndex
DROP INDEX "ProgressEntry_activityId_effectiveOn_idx";

-- CreateIndex
CREATE INDEX "ProgressEntry_activityId_effectiveOn_amount_idx" ON "ProgressEntry"("activityId", "effectiveOn", "amount");

