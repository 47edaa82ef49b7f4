-- setup: CREATE TABLE t (id int, type varchar(10));
--   INSERT INTO t VALUES (1, 'a');
-- expect: SG314
-- not: SG208
ALTER TABLE t ALTER type TYPE text;
