-- setup: @app
-- expect: SG314
SET statement_timeout = '5s';
ALTER TABLE alerts ADD COLUMN x2 int;
