-- setup: @app
-- setup: CREATE INDEX ix ON alerts (raised_at);
-- expect: none
-- schemagate:no-transaction
REINDEX INDEX CONCURRENTLY ix;
REINDEX (VERBOSE) TABLE CONCURRENTLY alerts;
