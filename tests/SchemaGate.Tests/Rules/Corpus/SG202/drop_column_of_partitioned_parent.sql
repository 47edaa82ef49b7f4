-- setup: @app
-- expect: SG202=public.measurements.value
SET lock_timeout = '5s';
ALTER TABLE measurements DROP COLUMN value;
