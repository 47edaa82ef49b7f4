-- expect: none
-- schemagate:no-transaction
REINDEX INDEX CONCURRENTLY ix;
REINDEX (VERBOSE) TABLE CONCURRENTLY alerts;
