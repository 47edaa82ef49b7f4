-- expect: none
-- not: SG302
-- schemagate:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS i;
