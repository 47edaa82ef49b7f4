-- setup: @app
-- expect: none
-- not: SG207
EXPLAIN (ANALYZE false) UPDATE alerts SET note = NULL;
