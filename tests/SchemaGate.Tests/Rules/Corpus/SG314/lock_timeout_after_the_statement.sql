-- setup: @app
-- expect: SG314@3
ALTER TABLE alerts ADD COLUMN x int;
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN y int;
