-- setup: @app
-- expect: none
-- schemagate:no-transaction
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN acked boolean;
UPDATE alerts SET acked = false WHERE id <= 100;
