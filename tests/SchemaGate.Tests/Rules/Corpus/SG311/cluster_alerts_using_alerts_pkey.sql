-- setup: @app
-- expect: SG311@3=public.alerts SG314
CLUSTER alerts USING alerts_id_idx;
