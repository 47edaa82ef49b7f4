-- setup: @app
-- expect: SG314@7=public.alerts
-- expect-traced: SG110
-- note: LOCK TABLE outside a transaction block is refused by PostgreSQL.
-- schemagate:no-transaction
SET LOCAL lock_timeout = '5s';
LOCK TABLE alerts;
