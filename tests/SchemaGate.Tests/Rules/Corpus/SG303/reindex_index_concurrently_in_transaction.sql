-- setup: @app
-- expect: SG303
-- expect-traced: SG110
REINDEX INDEX CONCURRENTLY alerts_level_idx;
