-- setup: CREATE TABLE a (id int, x boolean);
--   INSERT INTO a VALUES (1, true), (2, false);
-- expect: none
-- not: SG206
WITH gone AS (DELETE FROM a WHERE x RETURNING id) SELECT count(*) FROM gone;
