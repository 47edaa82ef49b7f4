-- setup: @app
-- expect: SG323=public.alerts.raised_at
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN raised_at DROP DEFAULT;
