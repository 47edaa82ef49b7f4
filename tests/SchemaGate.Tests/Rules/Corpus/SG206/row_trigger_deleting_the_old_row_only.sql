-- setup: @app
-- setup: CREATE FUNCTION forget_archived() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM alerts_archive WHERE id = OLD.id; RETURN NEW; END $$;
--   CREATE TRIGGER alerts_forget AFTER UPDATE ON alerts FOR EACH ROW EXECUTE FUNCTION forget_archived();
-- expect: none
-- not: SG206
UPDATE alerts SET note = 'seen' WHERE id = 1;
