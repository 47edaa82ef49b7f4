-- setup: @app
-- expect: SG314
ALTER TABLE alerts DROP CONSTRAINT IF EXISTS alerts_level_check;
