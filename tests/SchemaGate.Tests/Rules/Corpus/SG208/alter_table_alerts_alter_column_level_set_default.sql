-- setup: @app
-- expect: SG314
-- not: SG208
ALTER TABLE alerts ALTER COLUMN level SET DEFAULT 1;
