-- setup: @app
-- expect: SG307=public.measurements.value
SET lock_timeout = '5s';
ALTER TABLE measurements ALTER COLUMN value SET NOT NULL;
