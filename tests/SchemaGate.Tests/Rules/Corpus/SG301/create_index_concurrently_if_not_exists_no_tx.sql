-- setup: @app
-- expect: none
-- schemagate:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON alerts (raised_at);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux ON alerts (code);
