-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "giveUpAt" TIMESTAMP(3);

