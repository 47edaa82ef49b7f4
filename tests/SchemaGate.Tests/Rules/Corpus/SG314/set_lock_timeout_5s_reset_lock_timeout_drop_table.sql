-- setup: CREATE SCHEMA "Ops"; CREATE TABLE "Ops"."Alerts" (id int);
--   INSERT INTO "Ops"."Alerts" VALUES (1);
-- expect: SG314@6="Ops"."Alerts" SG201
SET lock_timeout = '5s';
RESET lock_timeout;
DROP TABLE "Ops"."Alerts";
