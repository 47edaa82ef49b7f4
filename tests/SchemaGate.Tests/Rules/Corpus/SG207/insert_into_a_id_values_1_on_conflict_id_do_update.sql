-- setup: CREATE TABLE a (id int PRIMARY KEY, x int);
--   INSERT INTO a VALUES (1, 0);
-- expect: none
-- not: SG207
INSERT INTO a (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET x = 1;
