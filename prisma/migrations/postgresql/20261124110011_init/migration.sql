-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "challenge" TEXT,
    "objective" TEXT,
    "challengeGoal" TEXT,
    "indicator" TEXT,
    "sourceFile" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subcomponent" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fullText" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Subcomponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "subcomponentId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "responsibleText" TEXT NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "scheduleText" TEXT NOT NULL,
    "scheduleKind" TEXT NOT NULL,
    "description" TEXT,
    "sourceRow" INTEGER,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DueDate" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "dueOn" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,

    CONSTRAINT "DueDate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Office" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityOffice" (
    "activityId" INTEGER NOT NULL,
    "officeId" INTEGER NOT NULL,

    CONSTRAINT "ActivityOffice_pkey" PRIMARY KEY ("activityId","officeId")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "displayName" TEXT,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberOffice" (
    "memberId" INTEGER NOT NULL,
    "officeId" INTEGER NOT NULL,

    CONSTRAINT "MemberOffice_pkey" PRIMARY KEY ("memberId","officeId")
);

-- CreateTable
CREATE TABLE "ProgressEntry" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "evidenceUrl" TEXT,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT,
    "source" TEXT NOT NULL,
    "effectiveOn" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correctsId" INTEGER,

    CONSTRAINT "ProgressEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "payload" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_entityKey_year_key" ON "Plan"("entityKey", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Subcomponent_planId_code_key" ON "Subcomponent"("planId", "code");

-- CreateIndex
CREATE INDEX "Activity_subcomponentId_idx" ON "Activity"("subcomponentId");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_planId_code_key" ON "Activity"("planId", "code");

-- CreateIndex
CREATE INDEX "DueDate_dueOn_idx" ON "DueDate"("dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "DueDate_activityId_sequence_key" ON "DueDate"("activityId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Office_key_key" ON "Office"("key");

-- CreateIndex
CREATE INDEX "ActivityOffice_officeId_idx" ON "ActivityOffice"("officeId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_userId_key" ON "Member"("userId");

-- CreateIndex
CREATE INDEX "MemberOffice_officeId_idx" ON "MemberOffice"("officeId");

-- CreateIndex
CREATE INDEX "ProgressEntry_activityId_effectiveOn_idx" ON "ProgressEntry"("activityId", "effectiveOn");

-- CreateIndex
CREATE INDEX "ProgressEntry_authorId_idx" ON "ProgressEntry"("authorId");

-- CreateIndex
CREATE INDEX "ProgressEntry_recordedAt_idx" ON "ProgressEntry"("recordedAt");

-- CreateIndex
CREATE INDEX "ProgressEntry_correctsId_idx" ON "ProgressEntry"("correctsId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_key_key" ON "Delivery"("key");

-- CreateIndex
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "Subcomponent" ADD CONSTRAINT "Subcomponent_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_subcomponentId_fkey" FOREIGN KEY ("subcomponentId") REFERENCES "Subcomponent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DueDate" ADD CONSTRAINT "DueDate_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityOffice" ADD CONSTRAINT "ActivityOffice_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityOffice" ADD CONSTRAINT "ActivityOffice_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberOffice" ADD CONSTRAINT "MemberOffice_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberOffice" ADD CONSTRAINT "MemberOffice_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressEntry" ADD CONSTRAINT "ProgressEntry_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressEntry" ADD CONSTRAINT "ProgressEntry_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "ProgressEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

