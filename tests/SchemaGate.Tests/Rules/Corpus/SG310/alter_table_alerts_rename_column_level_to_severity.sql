-- setup: CREATE TABLE alerts (id int, "Level" int);
--   INSERT INTO alerts VALUES (1, 1);
-- expect: SG310@4=public.alerts."Level" SG314
ALTER TABLE alerts RENAME COLUMN "Level" TO severity;
