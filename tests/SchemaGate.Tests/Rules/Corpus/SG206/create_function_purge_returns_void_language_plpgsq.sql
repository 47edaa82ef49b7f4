-- expect: none
-- not: SG206
CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DROP TABLE alerts; DELETE FROM x; END $$;
