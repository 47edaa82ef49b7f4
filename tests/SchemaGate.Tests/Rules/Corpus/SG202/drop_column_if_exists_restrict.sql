-- setup: @app
-- expect: SG202 SG314
ALTER TABLE alerts DROP COLUMN IF EXISTS old_payload RESTRICT;
