-- setup: CREATE SCHEMA "Public"; CREATE TABLE "Public".alerts (id int, x int);
--   INSERT INTO "Public".alerts VALUES (1, 1);
-- expect: SG202 SG314
alter table "Public".alerts drop x;
