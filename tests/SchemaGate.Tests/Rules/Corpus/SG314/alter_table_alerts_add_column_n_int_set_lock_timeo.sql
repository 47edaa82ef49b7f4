-- setup: @app
-- expect: SG314@3=public.alerts SG202
ALTER TABLE alerts ADD COLUMN n int;
SET lock_timeout = '2s';
ALTER TABLE alerts DROP COLUMN n;
