-- setup: @app
-- setup: CREATE FUNCTION bump_settings() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE settings SET value = value + 1; RETURN NEW; END $$;
--   CREATE TRIGGER archive_bump AFTER INSERT ON alerts_archive FOR EACH ROW EXECUTE FUNCTION bump_settings();
-- expect: none
-- expect-traced: SG207
INSERT INTO alerts_archive SELECT * FROM alerts WHERE resolved;
