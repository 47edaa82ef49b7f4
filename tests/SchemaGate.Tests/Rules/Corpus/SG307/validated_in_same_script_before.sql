-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT level_not_null CHECK (level IS NOT NULL) NOT VALID;
-- expect: none
-- note: VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE; SET NOT NULL then uses the valid check.
ALTER TABLE alerts VALIDATE CONSTRAINT level_not_null;
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN level SET NOT NULL;
