-- expect: SG201 SG205
SET lock_timeout TO '5s';
ALTER TABLE alerts ADD COLUMN note text;
DROP TABLE old_alerts;
TRUNCATE scratch;
LOCK TABLE alerts;
