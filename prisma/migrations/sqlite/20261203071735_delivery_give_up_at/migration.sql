-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN "giveUpAt" DATETIME;

