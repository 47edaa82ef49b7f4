-- expect: SG202@2 SG314@2
ALTER TABLE "public"."Alerts" DROP COLUMN "Payload";
