-- setup: CREATE FUNCTION f(int, text) RETURNS int LANGUAGE sql AS 'SELECT 1';
--   CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 2';
-- expect: SG211@4=public.g
DROP FUNCTION f(int, text), g();
