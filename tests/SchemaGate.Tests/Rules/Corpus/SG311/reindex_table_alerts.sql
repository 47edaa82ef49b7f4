-- setup: @app
-- expect: SG311@3=public.alerts
REINDEX TABLE alerts;
