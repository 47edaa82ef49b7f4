-- setup: CREATE FUNCTION old_score() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 1';
-- expect: SG211=public.old_score
DROP FUNCTION IF EXISTS old_score();
