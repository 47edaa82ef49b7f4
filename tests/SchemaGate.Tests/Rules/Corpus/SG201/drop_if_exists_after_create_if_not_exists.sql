-- expect: SG201 SG314
CREATE TABLE IF NOT EXISTS staging (id int);
DROP TABLE IF EXISTS staging;
