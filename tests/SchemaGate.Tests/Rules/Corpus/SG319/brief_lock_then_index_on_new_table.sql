-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN acked boolean;
CREATE TABLE acks (id bigint PRIMARY KEY, at timestamptz NOT NULL);
CREATE INDEX acks_at_idx ON acks (at);
