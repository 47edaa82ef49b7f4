-- setup: @app
-- expect: SG314
ALTER TABLE alerts ADD COLUMN a timestamptz DEFAULT CURRENT_TIMESTAMP, ADD COLUMN b timestamptz DEFAULT statement_timestamp(), ADD COLUMN c timestamptz DEFAULT transaction_timestamp();
