-- setup: CREATE TABLE parents (id bigint PRIMARY KEY); CREATE TABLE kids (id bigint, parent_id bigint REFERENCES parents);
--   CREATE INDEX kids_parent_id_idx ON kids (parent_id);
--   INSERT INTO parents VALUES (1); INSERT INTO kids VALUES (1, 1);
-- expect: SG205=public.parents
-- expect-traced: SG205=public.kids
SET lock_timeout = '5s';
TRUNCATE parents CASCADE;
