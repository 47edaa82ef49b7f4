-- setup: @app
-- expect: none
-- schemagate:no-transaction
CREATE INDEX CONCURRENTLY alerts_token_idx ON alerts (token);
