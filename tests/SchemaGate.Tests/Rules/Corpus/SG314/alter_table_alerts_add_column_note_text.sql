-- setup: @app
-- expect: SG314@3=public.alerts
ALTER TABLE alerts ADD COLUMN remark text;
