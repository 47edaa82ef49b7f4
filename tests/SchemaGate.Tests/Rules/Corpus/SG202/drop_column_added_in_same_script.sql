-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN tmp_flag boolean;
ALTER TABLE alerts DROP COLUMN tmp_flag;
