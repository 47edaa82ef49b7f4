-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN owner text NOT NULL DEFAULT 'unassigned';
