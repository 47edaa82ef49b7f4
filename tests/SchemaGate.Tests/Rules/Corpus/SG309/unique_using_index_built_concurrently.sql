-- setup: @app
-- expect: none
-- schemagate:no-transaction
SET lock_timeout = '5s';
CREATE UNIQUE INDEX CONCURRENTLY alerts_payload_key ON alerts (payload);
-- next migration
SET lock_timeout = '5s';
ALTER TABLE alerts ADD CONSTRAINT alerts_payload_key UNIQUE USING INDEX alerts_payload_key;
