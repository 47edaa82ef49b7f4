-- expect: none
-- not: SG302
CREATE TABLE t (id int);
CREATE INDEX t_i ON t (id);
DROP INDEX t_i;
