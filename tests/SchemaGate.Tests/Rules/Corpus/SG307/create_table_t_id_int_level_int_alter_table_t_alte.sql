-- expect: none
-- not: SG307
CREATE TABLE t (id int, level int);
ALTER TABLE t ALTER COLUMN level SET NOT NULL;
