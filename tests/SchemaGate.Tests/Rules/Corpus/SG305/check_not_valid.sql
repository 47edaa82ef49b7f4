-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD CONSTRAINT level_range CHECK (level >= 0) NOT VALID;
