-- Edited by hand after `prisma migrate diff`: the amounts are carried over, not dropped.
-- Progress amounts become exact integers (ten-thousandths of a unit), and the running total goes:
-- totals are sums of the entries (docs/decisions/008). Amounts were typed with at most a few
-- decimals, so rounding the float to four decimals recovers what was typed.
ALTER TABLE "ProgressTotal" DROP CONSTRAINT "ProgressTotal_activityId_fkey";
DROP TABLE "ProgressTotal";

DROP INDEX "ProgressEntry_activityId_effectiveOn_amount_idx";
ALTER TABLE "ProgressEntry" ADD COLUMN "amountTenThousandths" BIGINT,
ADD COLUMN "requestKey" TEXT;
UPDATE "ProgressEntry" SET "amountTenThousandths" = ROUND(("amount" * 10000)::numeric)::bigint;
ALTER TABLE "ProgressEntry" ALTER COLUMN "amountTenThousandths" SET NOT NULL,
DROP COLUMN "amount";

CREATE UNIQUE INDEX "ProgressEntry_requestKey_key" ON "ProgressEntry"("requestKey");
CREATE INDEX "ProgressEntry_activityId_effectiveOn_amountTenThousandths_idx" ON "ProgressEntry"("activityId", "effectiveOn", "amountTenThousandths");
