-- setup: CREATE TABLE "Alerts" (id int);
--   INSERT INTO "Alerts" VALUES (1);
-- expect: SG206
DELETE FROM "Alerts" RETURNING *;
