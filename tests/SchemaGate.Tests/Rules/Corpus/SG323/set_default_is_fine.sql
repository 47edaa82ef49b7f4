-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN resolved SET DEFAULT true;
