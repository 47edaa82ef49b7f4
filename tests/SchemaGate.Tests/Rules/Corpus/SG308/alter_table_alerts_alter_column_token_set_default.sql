-- setup: @app
-- expect: SG314
-- not: SG308
ALTER TABLE alerts ALTER COLUMN token SET DEFAULT gen_random_uuid();
