-- setup: @app
-- expect: none
-- expect-traced: SG205=public.settings
-- note: pg_stat_statements does not list a utility statement a SQL-language routine runs; the tracer reads the body of
--   the routine the script created.
CREATE FUNCTION clear_settings() RETURNS void LANGUAGE sql AS $$ TRUNCATE settings $$;
SELECT clear_settings();
