-- setup: @app
-- expect: SG314@3=public.alerts
ALTER TABLE alerts ADD COLUMN n int;
SET lock_timeout = '2s';
ALTER TABLE alerts DROP COLUMN n;
