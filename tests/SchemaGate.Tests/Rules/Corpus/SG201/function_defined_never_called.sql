-- setup: @app
-- expect: none
CREATE OR REPLACE FUNCTION dangerous_cleanup() RETURNS void LANGUAGE sql AS $$ DROP TABLE alerts_archive $$;
