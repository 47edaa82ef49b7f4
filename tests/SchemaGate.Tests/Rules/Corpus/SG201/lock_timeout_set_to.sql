-- setup: @app
-- setup: CREATE TABLE old_alerts (id int); CREATE TABLE scratch (id int);
--   INSERT INTO old_alerts VALUES (1); INSERT INTO scratch VALUES (1);
-- expect: SG201 SG205
SET lock_timeout TO '5s';
ALTER TABLE alerts ADD COLUMN note2 text;
DROP TABLE old_alerts;
TRUNCATE scratch;
LOCK TABLE alerts;
