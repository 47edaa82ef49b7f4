-- expect: none
-- not: SG308
CREATE TABLE t (id int);
ALTER TABLE t ADD COLUMN r float8 DEFAULT random();
