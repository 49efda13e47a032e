-- CreateTable
CREATE TABLE "TeamsConversation" (
    "id" SERIAL NOT NULL,
    "aadObjectId" TEXT NOT NULL,
    "teamsUserId" TEXT NOT NULL,
    "displayName" TEXT,
    "conversationId" TEXT NOT NULL,
    "serviceUrl" TEXT NOT NULL,
    "tenantId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamsConversation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TeamsConversation_aadObjectId_key" ON "TeamsConversation"("aadObjectId");

-- CreateIndex
CREATE INDEX "TeamsConversation_teamsUserId_idx" ON "TeamsConversation"("teamsUserId");

