-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN owner text NOT NULL DEFAULT 'x';
ALTER TABLE alerts ALTER COLUMN owner DROP NOT NULL;
