-- setup: @app
-- expect: SG208 SG314
ALTER TABLE alerts ALTER COLUMN level SET DATA TYPE bigint USING level::bigint;
