-- setup: @app
-- expect: none
-- expect-traced: SG202
CREATE PROCEDURE slim_alerts() LANGUAGE plpgsql AS $$ BEGIN ALTER TABLE alerts DROP COLUMN payload; END $$;
CALL slim_alerts();
