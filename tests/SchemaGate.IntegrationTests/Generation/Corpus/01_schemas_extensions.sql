-- case: schema created
-- from:
-- to:
CREATE SCHEMA app;

-- case: schema dropped
-- from:
CREATE SCHEMA app;
-- to:

-- case: schema with a table created
-- from:
-- to:
CREATE SCHEMA app;
CREATE TABLE app.items (id int PRIMARY KEY, name text NOT NULL);

-- case: schema with its objects dropped
-- from:
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok');
CREATE TABLE app.items (id int PRIMARY KEY, mood app.mood);
CREATE VIEW app.ok_items AS SELECT id FROM app.items WHERE mood = 'ok';
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
-- to:

-- case: table moved between schemas
-- from:
CREATE SCHEMA app;
CREATE TABLE public.x (a int);
-- to:
CREATE SCHEMA app;
CREATE TABLE app.x (a int);

-- case: schema comment set and changed
-- from:
CREATE SCHEMA app;
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'old';
-- to:
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application';
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'invoices';

-- case: schema with a quoted name
-- from:
-- to:
CREATE SCHEMA "Odd Schema";
CREATE TABLE "Odd Schema"."Odd Table" ("Id" int PRIMARY KEY, "select" text);

-- case: extension created
-- from:
-- to:
CREATE EXTENSION citext;
CREATE TABLE users (email citext PRIMARY KEY);

-- case: extension dropped with the column using it
-- from:
CREATE EXTENSION citext;
CREATE TABLE users (id int, email citext);
-- to:
CREATE TABLE users (id int);

-- case: column moves off an extension type before it is dropped
-- from:
CREATE EXTENSION citext;
CREATE TABLE users (id int, email citext);
-- to:
CREATE TABLE users (id int, email text);

-- case: extension moved to another schema
-- from:
CREATE SCHEMA ext;
CREATE EXTENSION citext;
-- to:
CREATE SCHEMA ext;
CREATE EXTENSION citext SCHEMA ext;

-- case: extension in a new schema
-- from:
-- to:
CREATE SCHEMA crypto;
CREATE EXTENSION pgcrypto SCHEMA crypto;
CREATE TABLE secrets (id int, digest bytea DEFAULT crypto.digest('x', 'sha256'));
