-- setup: @app
-- setup: CREATE FUNCTION new_ref() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;
-- expect: SG308=public.alerts.ref
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN ref text DEFAULT new_ref();
