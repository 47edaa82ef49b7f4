-- setup: CREATE TABLE "Alerts" (id int, "Payload" text);
--   INSERT INTO "Alerts" VALUES (1, 'p');
-- expect: SG202@4 SG314@4
ALTER TABLE "public"."Alerts" DROP COLUMN "Payload";
