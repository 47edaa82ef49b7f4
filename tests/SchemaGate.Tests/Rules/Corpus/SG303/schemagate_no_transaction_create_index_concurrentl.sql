-- setup: @app
-- expect: none
-- not: SG303
-- schemagate:no-transaction
CREATE INDEX CONCURRENTLY i ON alerts (id);
