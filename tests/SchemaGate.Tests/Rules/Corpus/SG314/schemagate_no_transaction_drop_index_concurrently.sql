-- setup: @app
-- setup: CREATE INDEX i ON alerts (raised_at);
-- expect: none
-- not: SG314
-- schemagate:no-transaction
DROP INDEX CONCURRENTLY i;
