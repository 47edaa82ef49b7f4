-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT level_range CHECK (level >= 0) NOT VALID;
-- expect: none
ALTER TABLE alerts VALIDATE CONSTRAINT level_range;
