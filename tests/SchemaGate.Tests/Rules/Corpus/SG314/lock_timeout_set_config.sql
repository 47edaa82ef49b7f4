-- setup: @app
-- expect: none
SELECT pg_catalog.set_config('lock_timeout', '3s', false);
ALTER TABLE alerts ADD COLUMN x int;
