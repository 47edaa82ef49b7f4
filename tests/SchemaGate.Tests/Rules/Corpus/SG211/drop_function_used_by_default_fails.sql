-- setup: CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'c' $$;
--   CREATE TABLE codes (c text DEFAULT next_code());
-- expect: SG211=public.next_code
-- expect-traced: SG110
DROP FUNCTION next_code();
