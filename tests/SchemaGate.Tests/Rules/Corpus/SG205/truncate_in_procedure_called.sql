-- setup: @app
-- expect: none
-- expect-traced: SG205
CREATE PROCEDURE reset_events() LANGUAGE sql AS $$ TRUNCATE events $$;
CALL reset_events();
