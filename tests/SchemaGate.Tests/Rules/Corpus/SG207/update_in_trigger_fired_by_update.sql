-- setup: @app
-- expect: none
-- expect-traced: SG207
CREATE FUNCTION touch_all() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE agents SET note = 'touched'; RETURN NEW; END $$;
CREATE TRIGGER touch_agents AFTER UPDATE ON settings FOR EACH STATEMENT EXECUTE FUNCTION touch_all();
UPDATE settings SET value = value + 1 WHERE key = 'a';
