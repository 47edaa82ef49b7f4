-- setup: CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int, a_id int REFERENCES a (id));
--   CREATE INDEX b_a_id_idx ON b (a_id);
--   INSERT INTO a VALUES (1); INSERT INTO b VALUES (1, 1);
-- expect: SG201 SG314
DROP TABLE a, b CASCADE;
