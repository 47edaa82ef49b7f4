-- setup: @app
-- expect: none
-- expect-traced: SG206
CREATE FUNCTION forget_settings() RETURNS int LANGUAGE sql AS $$ DELETE FROM settings RETURNING 1 $$;
SELECT forget_settings();
