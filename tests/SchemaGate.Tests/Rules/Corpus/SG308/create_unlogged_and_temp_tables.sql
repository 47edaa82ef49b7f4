-- expect: none
CREATE UNLOGGED TABLE u (id int);
CREATE TEMP TABLE tmp (id int);
ALTER TABLE u ADD COLUMN x int DEFAULT random();
TRUNCATE tmp;
