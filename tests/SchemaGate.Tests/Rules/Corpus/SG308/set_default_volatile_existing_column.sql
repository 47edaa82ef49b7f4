-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN token SET DEFAULT gen_random_uuid();
