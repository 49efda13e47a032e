-- CreateTable
CREATE TABLE "TeamsConversation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "aadObjectId" TEXT NOT NULL,
    "teamsUserId" TEXT NOT NULL,
    "displayName" TEXT,
    "conversationId" TEXT NOT NULL,
    "serviceUrl" TEXT NOT NULL,
    "tenantId" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "TeamsConversation_aadObjectId_key" ON "TeamsConversation"("aadObjectId");

-- CreateIndex
CREATE INDEX "TeamsConversation_teamsUserId_idx" ON "TeamsConversation"("teamsUserId");

