-- setup: @app
-- setup: CREATE FUNCTION wipe_archive() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM alerts_archive; RETURN NEW; END $$;
--   CREATE TRIGGER alerts_wipe AFTER UPDATE ON alerts FOR EACH ROW EXECUTE FUNCTION wipe_archive();
-- expect: none
-- expect-traced: SG206
UPDATE alerts SET note = 'seen' WHERE id = 1;
