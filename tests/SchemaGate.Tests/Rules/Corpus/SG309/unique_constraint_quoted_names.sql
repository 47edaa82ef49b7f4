-- setup: CREATE SCHEMA "App"; CREATE TABLE "App"."Alerts" (id int, "Code" text);
--   INSERT INTO "App"."Alerts" VALUES (1, 'a'), (2, 'b');
-- expect: SG309 SG314
ALTER TABLE ONLY "App"."Alerts" ADD CONSTRAINT "Alerts_Code_key" UNIQUE ("Code");
