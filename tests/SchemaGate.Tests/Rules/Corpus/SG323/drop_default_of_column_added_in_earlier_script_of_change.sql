-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN tier int NOT NULL DEFAULT 1;
-- next migration
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN tier DROP DEFAULT;
