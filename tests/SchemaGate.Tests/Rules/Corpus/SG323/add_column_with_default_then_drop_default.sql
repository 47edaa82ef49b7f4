-- setup: @app
-- expect: none
-- note: the usual way to fill existing rows with a value new rows must set themselves.
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN tier int NOT NULL DEFAULT 1;
ALTER TABLE alerts ALTER COLUMN tier DROP DEFAULT;
