-- setup: CREATE SCHEMA app;
--   CREATE FUNCTION app.touch(timestamptz, text) RETURNS int LANGUAGE sql AS 'SELECT 1';
--   CREATE PROCEDURE cleanup() LANGUAGE sql AS 'SELECT 1';
-- expect: SG211
DROP FUNCTION IF EXISTS app.touch(timestamptz, text) CASCADE;
DROP ROUTINE cleanup;
