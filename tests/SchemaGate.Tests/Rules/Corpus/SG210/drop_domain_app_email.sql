-- setup: CREATE SCHEMA app; CREATE DOMAIN app.email AS text;
-- expect: SG210@3=app.email
DROP DOMAIN app.email;
