-- setup: @app
-- setup: ALTER TABLE alerts CLUSTER ON alerts_id_idx;
-- expect: SG311=public.alerts SG314
CLUSTER VERBOSE alerts;
