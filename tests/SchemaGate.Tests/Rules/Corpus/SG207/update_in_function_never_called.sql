-- setup: @app
-- expect: none
CREATE FUNCTION reset_levels() RETURNS void LANGUAGE sql AS $$ UPDATE alerts SET level = 0 $$;
