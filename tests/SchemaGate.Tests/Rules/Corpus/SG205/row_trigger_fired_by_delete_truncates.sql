-- setup: @app
-- setup: CREATE FUNCTION reset_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.level > 3 THEN TRUNCATE events; END IF; RETURN OLD; END $$;
--   CREATE TRIGGER alerts_reset BEFORE DELETE ON alerts FOR EACH ROW EXECUTE FUNCTION reset_events();
-- expect: none
-- expect-traced: SG205
DELETE FROM alerts WHERE id = 1;
