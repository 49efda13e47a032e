-- CreateTable
CREATE TABLE "ProgressTotal" (
    "activityId" INTEGER NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ProgressTotal_pkey" PRIMARY KEY ("activityId")
);

-- AddForeignKey
ALTER TABLE "ProgressTotal" ADD CONSTRAINT "ProgressTotal_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: the totals of the entries written before this table existed.
INSERT INTO "ProgressTotal" ("activityId", "total")
SELECT "activityId", SUM("amount") FROM "ProgressEntry" GROUP BY "activityId";
