-- setup: @app
-- expect: SG314
ALTER TABLE alerts ADD CONSTRAINT level_ok CHECK (level > 0) NOT VALID;
