-- expect: none
-- schemagate:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS ix;
