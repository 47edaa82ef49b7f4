-- setup: @app
-- setup: CREATE TABLE b (id int PRIMARY KEY); ALTER TABLE alerts ADD COLUMN a int;
-- expect: SG306@5=public.alerts.fk SG320
ALTER TABLE alerts ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES b NOT VALID;
ALTER TABLE alerts VALIDATE CONSTRAINT fk;
