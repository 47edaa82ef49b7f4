-- setup: @app
-- expect: SG314=public.alerts
SET lock_timeout = '5s';
SET lock_timeout = 0;
ALTER TABLE alerts ADD COLUMN seen boolean;
