-- setup: CREATE TABLE "Alerts" (id int);
--   INSERT INTO "Alerts" VALUES (1), (2);
-- expect: SG201@4=public."Alerts" SG314
DROP TABLE "Alerts";
