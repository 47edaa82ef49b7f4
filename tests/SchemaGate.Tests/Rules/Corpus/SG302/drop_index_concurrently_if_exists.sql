-- setup: @app
-- expect: none
-- schemagate:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS alerts_level_idx;
