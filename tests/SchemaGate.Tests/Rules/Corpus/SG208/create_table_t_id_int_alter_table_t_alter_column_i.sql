-- expect: none
-- not: SG208
CREATE TABLE t (id int);
ALTER TABLE t ALTER COLUMN id TYPE bigint;
