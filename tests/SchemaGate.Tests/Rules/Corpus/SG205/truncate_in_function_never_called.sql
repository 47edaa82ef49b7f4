-- setup: @app
-- expect: none
CREATE FUNCTION reset_all() RETURNS void LANGUAGE plpgsql AS $$ BEGIN TRUNCATE alerts; END $$;
