-- expect: none
CREATE TABLE staging (id int);
INSERT INTO staging VALUES (1);
DROP TABLE IF EXISTS staging;
