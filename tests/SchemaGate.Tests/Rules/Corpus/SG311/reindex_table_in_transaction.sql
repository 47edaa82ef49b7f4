-- setup: @app
-- expect: SG311=public.alerts
REINDEX TABLE alerts;
