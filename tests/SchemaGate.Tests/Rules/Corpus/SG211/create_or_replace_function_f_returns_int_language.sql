-- expect: none
-- not: SG211
CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1 $body$;
