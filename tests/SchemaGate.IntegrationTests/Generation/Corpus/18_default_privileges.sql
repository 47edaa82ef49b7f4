-- case: default select on tables granted
-- from:
-- to:
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {r1};

-- case: default privileges removed
-- from:
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {r1};
-- to:

-- case: default privileges grantee changed
-- from:
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {r1};
-- to:
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT ON TABLES TO {r2};

-- case: default privileges in a schema
-- from:
CREATE SCHEMA app;
-- to:
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO {r1};
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO {r1};

-- case: default execute revoked from public
-- from:
-- to:
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- case: default usage on types revoked from public
-- from:
-- to:
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;

-- case: default privileges of another role
-- from:
-- to:
ALTER DEFAULT PRIVILEGES FOR ROLE {r1} GRANT SELECT ON TABLES TO {r2};

-- case: new tables follow the source's default privileges
-- from:
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO {r1};
-- to:
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO {r1};
CREATE TABLE app.t (a int);
CREATE TABLE app.u (a int);
REVOKE SELECT ON app.u FROM {r1};

-- case: new functions when execute is not public by default
-- from:
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
-- to:
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 2';
GRANT EXECUTE ON FUNCTION g() TO PUBLIC;

-- case: default privileges set and tables created in one go
-- from:
-- to:
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {r1};
CREATE TABLE made_after (a int);
