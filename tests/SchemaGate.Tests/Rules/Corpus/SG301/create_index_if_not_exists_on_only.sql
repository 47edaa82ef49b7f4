-- setup: CREATE SCHEMA app; CREATE TABLE app.alerts (id int, x int);
--   INSERT INTO app.alerts VALUES (1, 1);
-- expect: SG301
CREATE INDEX IF NOT EXISTS ix ON ONLY app.alerts USING btree (x);
