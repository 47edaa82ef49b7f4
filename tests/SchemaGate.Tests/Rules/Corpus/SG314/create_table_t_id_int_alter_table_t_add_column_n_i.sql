-- expect: none
-- not: SG314
CREATE TABLE t (id int);
ALTER TABLE t ADD COLUMN n int;
DROP TABLE t;
