-- setup: @app
-- expect: SG319=public.alerts
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN severity text;
UPDATE alerts SET severity = 'low' WHERE level < 2;
