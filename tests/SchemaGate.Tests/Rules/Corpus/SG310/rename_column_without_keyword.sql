-- setup: CREATE TABLE alerts (id int, "Level" int);
--   INSERT INTO alerts VALUES (1, 1);
-- expect: SG310 SG314
ALTER TABLE alerts RENAME "Level" TO level;
