-- setup: @app
-- expect: none
-- expect-traced: SG205
DO LANGUAGE plpgsql $do$ BEGIN TRUNCATE alerts; END $do$;
