-- expect: none
-- not: SG310
CREATE TABLE t (id int);
ALTER TABLE t RENAME COLUMN id TO key;
