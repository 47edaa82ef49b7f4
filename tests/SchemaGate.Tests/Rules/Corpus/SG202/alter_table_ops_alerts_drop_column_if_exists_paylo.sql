-- setup: CREATE SCHEMA "Ops"; CREATE TABLE "Ops"."Alerts" (id int, "Payload" text);
--   INSERT INTO "Ops"."Alerts" VALUES (1, 'p');
-- expect: SG202@4="Ops"."Alerts"."Payload" SG314
ALTER TABLE "Ops"."Alerts" DROP COLUMN IF EXISTS "Payload";
