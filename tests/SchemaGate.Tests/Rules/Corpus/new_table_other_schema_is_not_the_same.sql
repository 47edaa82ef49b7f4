-- expect: SG201@3 SG314@3
CREATE TABLE staging (id int);
DROP TABLE app.staging;
