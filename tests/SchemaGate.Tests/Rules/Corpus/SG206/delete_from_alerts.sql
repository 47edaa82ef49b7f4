-- setup: @app
-- expect: SG206@3=public.alerts
DELETE FROM alerts;
