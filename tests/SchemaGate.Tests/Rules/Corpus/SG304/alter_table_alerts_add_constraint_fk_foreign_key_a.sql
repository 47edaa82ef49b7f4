-- setup: @app
-- setup: CREATE TABLE b (id int PRIMARY KEY); ALTER TABLE alerts ADD COLUMN a int;
-- expect: SG320
-- not: SG304
ALTER TABLE alerts ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES b NOT VALID;
