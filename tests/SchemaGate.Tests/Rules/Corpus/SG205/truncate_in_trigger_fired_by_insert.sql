-- setup: @app
-- expect: none
-- expect-traced: SG205
CREATE FUNCTION wipe_settings() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN TRUNCATE settings; RETURN NULL; END $$;
CREATE TRIGGER wipe_on_event AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION wipe_settings();
INSERT INTO events (id, body, kind) VALUES (1000, '{}', 'x');
