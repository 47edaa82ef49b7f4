-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN props jsonb NOT NULL DEFAULT '{}'::jsonb, ADD COLUMN ratio numeric(5,2) DEFAULT 0.5::numeric(5,2);
