-- setup: CREATE SCHEMA app; CREATE PROCEDURE app.cleanup() LANGUAGE sql AS 'SELECT 1';
-- expect: SG211@3=app.cleanup
DROP PROCEDURE app.cleanup;
