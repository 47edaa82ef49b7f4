-- setup: @app
-- expect: SG208@3=public.alerts.level SG314
ALTER TABLE alerts ALTER COLUMN level TYPE bigint;
