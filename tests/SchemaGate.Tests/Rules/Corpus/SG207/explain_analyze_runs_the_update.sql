-- setup: @app
-- expect: SG207@3=public.alerts
EXPLAIN ANALYZE VERBOSE UPDATE alerts SET note = NULL;
