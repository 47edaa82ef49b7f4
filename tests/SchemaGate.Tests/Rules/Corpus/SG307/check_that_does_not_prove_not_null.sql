-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT level_positive CHECK (level >= 0);
-- expect: SG307=public.alerts.level
-- note: a CHECK passes for NULL, so level >= 0 proves nothing about NULL.
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN level SET NOT NULL;
