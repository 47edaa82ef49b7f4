-- setup: @app
-- expect: SG323=public.alerts.resolved
-- not: SG202
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN resolved DROP DEFAULT;
