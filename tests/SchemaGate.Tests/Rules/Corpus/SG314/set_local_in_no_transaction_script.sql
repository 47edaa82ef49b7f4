-- setup: @app
-- expect: SG314
-- schemagate:no-transaction
SET LOCAL lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN y int;
