-- setup: @app
-- expect: none
-- schemagate:no-transaction
REINDEX INDEX CONCURRENTLY alerts_level_idx;
