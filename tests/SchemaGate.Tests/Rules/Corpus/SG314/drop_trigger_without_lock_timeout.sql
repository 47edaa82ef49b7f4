-- setup: @app
-- setup: CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
--   CREATE TRIGGER alerts_noop BEFORE INSERT ON alerts FOR EACH ROW EXECUTE FUNCTION noop();
-- expect: SG314=public.alerts
DROP TRIGGER alerts_noop ON alerts;
