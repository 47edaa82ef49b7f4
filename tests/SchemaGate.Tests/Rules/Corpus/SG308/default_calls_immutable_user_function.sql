-- setup: @app
-- setup: CREATE FUNCTION empty_meta() RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$ SELECT '{}'::jsonb $$;
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN meta jsonb DEFAULT empty_meta();
