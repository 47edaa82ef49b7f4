-- setup: @app
-- expect: SG311
REINDEX INDEX alerts_id_idx;
