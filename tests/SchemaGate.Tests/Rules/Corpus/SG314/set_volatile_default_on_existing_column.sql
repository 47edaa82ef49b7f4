-- setup: @app
-- expect: SG314
ALTER TABLE alerts ALTER COLUMN token SET DEFAULT gen_random_uuid();
