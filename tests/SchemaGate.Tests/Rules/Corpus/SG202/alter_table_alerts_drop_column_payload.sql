-- setup: @app
-- expect: SG202@3=public.alerts.payload SG314
ALTER TABLE alerts DROP COLUMN payload;
