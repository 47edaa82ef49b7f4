-- setup: @app
-- expect: SG305=public.alerts.level_range
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN note SET DEFAULT '', ADD CONSTRAINT level_range CHECK (level >= 0 AND level < 10);
