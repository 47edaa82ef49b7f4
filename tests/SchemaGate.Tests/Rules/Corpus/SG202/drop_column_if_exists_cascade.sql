-- setup: @app
-- expect: SG202=public.alerts.payload
SET lock_timeout = '5s';
ALTER TABLE alerts DROP COLUMN IF EXISTS payload CASCADE;
