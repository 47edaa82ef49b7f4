-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT level_not_null CHECK (level IS NOT NULL) NOT VALID;
--   ALTER TABLE alerts VALIDATE CONSTRAINT level_not_null;
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN level SET NOT NULL;
ALTER TABLE alerts DROP CONSTRAINT level_not_null;
