-- setup: CREATE TABLE a (id int); CREATE TABLE b (id int);
--   INSERT INTO a VALUES (1), (2); INSERT INTO b VALUES (1), (2);
-- expect: SG206@5=public.b
WITH x AS (SELECT id FROM a WHERE id > 1)
DELETE FROM ONLY b USING x;
