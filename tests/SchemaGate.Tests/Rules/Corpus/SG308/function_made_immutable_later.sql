-- setup: @app
-- setup: CREATE FUNCTION seven() RETURNS int LANGUAGE sql AS 'SELECT 7';
-- expect: none
SET lock_timeout = '5s';
ALTER FUNCTION seven() IMMUTABLE;
ALTER TABLE alerts ADD COLUMN weight int DEFAULT seven();
