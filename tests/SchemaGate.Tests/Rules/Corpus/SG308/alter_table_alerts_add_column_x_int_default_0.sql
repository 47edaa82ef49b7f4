-- setup: @app
-- expect: SG314
-- not: SG308
ALTER TABLE alerts ADD COLUMN x2 int DEFAULT 0;
