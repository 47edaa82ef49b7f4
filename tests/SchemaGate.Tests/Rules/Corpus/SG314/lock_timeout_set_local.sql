-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT c CHECK (level >= 0);
-- expect: none
SET LOCAL lock_timeout = '2s';
ALTER TABLE alerts DROP CONSTRAINT c;
