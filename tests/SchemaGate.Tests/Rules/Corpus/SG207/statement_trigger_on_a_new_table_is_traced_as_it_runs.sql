-- setup: @app
-- expect: none
-- expect-traced: SG207
CREATE TABLE audit (id int);
CREATE FUNCTION touch_settings() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE settings SET value = 0; RETURN NULL; END $$;
CREATE TRIGGER audit_touch AFTER UPDATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION touch_settings();
UPDATE audit SET id = 1 WHERE id = 2;
