-- Edited by hand after `prisma migrate diff`: the amounts are carried over, not dropped, and the
-- table keeps no AUTOINCREMENT (see 20261124170000). Progress amounts become exact integers
-- (ten-thousandths of a unit), and the running total goes: totals are sums of the entries
-- (docs/decisions/008). Amounts were typed with at most a few decimals, so rounding the float to
-- four decimals recovers what was typed. The runner checks foreign keys after it.
DROP TABLE "ProgressTotal";

CREATE TABLE "new_ProgressEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "activityId" INTEGER NOT NULL,
    "amountTenThousandths" BIGINT NOT NULL,
    "note" TEXT,
    "evidenceUrl" TEXT,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT,
    "source" TEXT NOT NULL,
    "effectiveOn" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correctsId" INTEGER,
    "requestKey" TEXT,
    CONSTRAINT "ProgressEntry_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressEntry_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "ProgressEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ProgressEntry" ("id", "activityId", "amountTenThousandths", "note", "evidenceUrl", "authorId", "authorName", "source", "effectiveOn", "recordedAt", "correctsId")
SELECT "id", "activityId", CAST(ROUND("amount" * 10000) AS INTEGER), "note", "evidenceUrl", "authorId", "authorName", "source", "effectiveOn", "recordedAt", "correctsId" FROM "ProgressEntry";
DROP TABLE "ProgressEntry";
ALTER TABLE "new_ProgressEntry" RENAME TO "ProgressEntry";
CREATE UNIQUE INDEX "ProgressEntry_requestKey_key" ON "ProgressEntry"("requestKey");
CREATE INDEX "ProgressEntry_activityId_effectiveOn_amountTenThousandths_idx" ON "ProgressEntry"("activityId", "effectiveOn", "amountTenThousandths");
CREATE INDEX "ProgressEntry_correctsId_idx" ON "ProgressEntry"("correctsId");
