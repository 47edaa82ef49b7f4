-- expect: none
-- not: SG201
CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DROP TABLE alerts; DELETE FROM x; END $$;
