-- expect: none
-- schemagate:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON alerts (x);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux ON alerts (code);
