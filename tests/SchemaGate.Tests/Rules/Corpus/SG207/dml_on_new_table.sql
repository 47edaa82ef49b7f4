-- expect: none
CREATE TABLE t (id int, x int);
INSERT INTO t VALUES (1, 1);
UPDATE t SET x = 2;
DELETE FROM t;
