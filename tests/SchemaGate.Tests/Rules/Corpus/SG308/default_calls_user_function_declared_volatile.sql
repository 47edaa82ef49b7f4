-- setup: @app
-- setup: CREATE FUNCTION pick_level() RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT floor(random() * 5)::int $$;
-- expect: SG308=public.alerts.start_level
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN start_level int DEFAULT pick_level();
