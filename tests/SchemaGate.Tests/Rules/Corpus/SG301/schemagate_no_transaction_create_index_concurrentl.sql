-- setup: @app
-- expect: none
-- not: SG301
-- schemagate:no-transaction
CREATE INDEX CONCURRENTLY i ON alerts (id);
