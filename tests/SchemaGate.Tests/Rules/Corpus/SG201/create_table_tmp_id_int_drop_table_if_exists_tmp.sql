-- expect: none
-- not: SG201
CREATE TABLE tmp (id int);
DROP TABLE IF EXISTS tmp;
