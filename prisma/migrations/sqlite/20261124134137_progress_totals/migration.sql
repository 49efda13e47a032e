-- CreateTable (without the AUTOINCREMENT Prisma writes for any Int @id: the key is the activity's,
-- never generated, and AUTOINCREMENT would add a write to sqlite_sequence per new total)
CREATE TABLE "ProgressTotal" (
    "activityId" INTEGER NOT NULL PRIMARY KEY,
    "total" REAL NOT NULL,
    CONSTRAINT "ProgressTotal_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);


-- Backfill: the totals of the entries written before this table existed.
INSERT INTO "ProgressTotal" ("activityId", "total")
SELECT "activityId", SUM("amount") FROM "ProgressEntry" GROUP BY "activityId";
