-- setup: @app
-- expect: SG311 SG314
CLUSTER alerts USING alerts_id_idx;
