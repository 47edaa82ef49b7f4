-- setup: CREATE TABLE "Alerts" (id int);
--   INSERT INTO "Alerts" VALUES (1);
-- expect: SG301@4=public."Alerts"
CREATE INDEX ON "Alerts" (id);
