-- setup: @app
-- expect: SG314
ALTER TABLE alerts ADD COLUMN x int DEFAULT 0;
