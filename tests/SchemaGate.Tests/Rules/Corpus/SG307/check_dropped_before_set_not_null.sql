-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT level_not_null CHECK (level IS NOT NULL);
-- expect: SG307=public.alerts.level SG319
SET lock_timeout = '5s';
ALTER TABLE alerts DROP CONSTRAINT level_not_null;
ALTER TABLE alerts ALTER COLUMN level SET NOT NULL;
