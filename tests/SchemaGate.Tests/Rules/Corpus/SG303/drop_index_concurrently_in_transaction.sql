-- setup: @app
-- expect: SG303
-- expect-traced: SG110
DROP INDEX CONCURRENTLY alerts_level_idx;
