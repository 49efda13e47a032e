-- SQLite only, written by hand: ProgressEntry without the AUTOINCREMENT Prisma writes for any
-- Int @id @default(autoincrement()). AUTOINCREMENT updates sqlite_sequence in every insert, one more
-- page per /avance commit; without it SQLite gives the next rowid after the largest, which is the
-- same sequence as long as the newest entry is never deleted, and entries never are (append-only).
-- Rebuilt as Prisma rebuilds a table; the runner checks foreign keys after it.
CREATE TABLE "new_ProgressEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "activityId" INTEGER NOT NULL,
    "amount" REAL NOT NULL,
    "note" TEXT,
    "evidenceUrl" TEXT,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT,
    "source" TEXT NOT NULL,
    "effectiveOn" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correctsId" INTEGER,
    CONSTRAINT "ProgressEntry_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressEntry_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "ProgressEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ProgressEntry" ("id", "activityId", "amount", "note", "evidenceUrl", "authorId", "authorName", "source", "effectiveOn", "recordedAt", "correctsId")
SELECT "id", "activityId", "amount", "note", "evidenceUrl", "authorId", "authorName", "source", "effectiveOn", "recordedAt", "correctsId" FROM "ProgressEntry";
DROP TABLE "ProgressEntry";
ALTER TABLE "new_ProgressEntry" RENAME TO "ProgressEntry";
CREATE INDEX "ProgressEntry_activityId_effectiveOn_amount_idx" ON "ProgressEntry"("activityId", "effectiveOn", "amount");
CREATE INDEX "ProgressEntry_correctsId_idx" ON "ProgressEntry"("correctsId");
DELETE FROM "sqlite_sequence" WHERE "name" = 'ProgressEntry';
