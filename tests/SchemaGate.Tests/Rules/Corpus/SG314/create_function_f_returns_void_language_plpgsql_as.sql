-- expect: none
-- not: SG314
CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN ALTER TABLE alerts DROP COLUMN x; END $$;
