-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT level_not_null CHECK (level IS NOT NULL) NOT VALID;
-- expect: SG307=public.alerts.level
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN level SET NOT NULL;
