-- setup: @app
-- expect: SG314
SET lock_timeout TO DEFAULT;
ALTER TABLE alerts ADD COLUMN x int;
