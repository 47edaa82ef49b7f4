-- setup: @app
-- expect: none
SET lock_timeout = '5s';
CREATE FUNCTION default_owner() RETURNS text STABLE LANGUAGE sql AS $$ SELECT current_user::text $$;
ALTER TABLE alerts ADD COLUMN owner text DEFAULT default_owner();
