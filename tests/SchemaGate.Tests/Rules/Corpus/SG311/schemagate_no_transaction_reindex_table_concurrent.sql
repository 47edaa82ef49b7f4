-- setup: @app
-- expect: none
-- not: SG311
-- schemagate:no-transaction
REINDEX TABLE CONCURRENTLY alerts;
