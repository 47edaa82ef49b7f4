-- setup: @app
-- expect: none
-- schemagate:no-transaction
VACUUM (ANALYZE, VERBOSE) events;
