-- setup: @app
-- expect: SG314
SET lock_timeout = '0ms';
ALTER TABLE alerts ADD COLUMN x int;
