-- setup: CREATE SCHEMA app; CREATE TABLE app.staging (id int);
--   INSERT INTO app.staging VALUES (1);
-- expect: SG201@5 SG314@5
CREATE TABLE staging (id int);
DROP TABLE app.staging;
