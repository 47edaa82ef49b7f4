-- setup: @app
-- expect: SG202 SG319=public.alerts
SET lock_timeout = '5s';
ALTER TABLE alerts DROP COLUMN note;
DELETE FROM alerts WHERE resolved;
