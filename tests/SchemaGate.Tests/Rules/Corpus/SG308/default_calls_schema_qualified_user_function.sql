-- setup: @app
-- setup: CREATE SCHEMA util; CREATE FUNCTION util.token() RETURNS uuid LANGUAGE sql AS $$ SELECT gen_random_uuid() $$;
-- expect: SG308=public.alerts.ext_token
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN ext_token uuid DEFAULT util.token();
