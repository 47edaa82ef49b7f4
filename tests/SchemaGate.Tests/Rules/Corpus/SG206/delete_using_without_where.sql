-- setup: CREATE TABLE y (id int PRIMARY KEY); CREATE TABLE x (id int, y_id int);
--   INSERT INTO y VALUES (1); INSERT INTO x VALUES (1, 1), (2, 2);
-- expect: SG206
DELETE FROM x USING y;
