-- case: table select granted
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int);
GRANT SELECT ON t TO {r1};

-- case: table grant partly revoked
-- from:
CREATE TABLE t (a int);
GRANT SELECT, INSERT, UPDATE ON t TO {r1};
-- to:
CREATE TABLE t (a int);
GRANT SELECT ON t TO {r1};

-- case: grant option added and taken back
-- from:
CREATE TABLE t (a int);
CREATE TABLE u (a int);
GRANT SELECT ON u TO {r2} WITH GRANT OPTION;
GRANT SELECT ON t TO {r1};
-- to:
CREATE TABLE t (a int);
CREATE TABLE u (a int);
GRANT SELECT ON u TO {r2};
GRANT SELECT ON t TO {r1} WITH GRANT OPTION;

-- case: grants on a new table
-- from:
-- to:
CREATE TABLE t (a int);
GRANT SELECT, INSERT ON t TO {r1};
GRANT ALL ON t TO {r2};

-- case: schema usage granted
-- from:
CREATE SCHEMA app;
-- to:
CREATE SCHEMA app;
GRANT USAGE, CREATE ON SCHEMA app TO {r1};

-- case: public schema create revoked
-- from:
-- to:
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- case: privilege revoked from the owner
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int);
REVOKE DELETE, TRUNCATE ON t FROM CURRENT_USER;

-- case: owner privileges given back
-- from:
CREATE TABLE t (a int);
REVOKE ALL ON t FROM CURRENT_USER;
-- to:
CREATE TABLE t (a int);

-- case: function execute revoked from its owner
-- from:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
-- to:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION f() FROM CURRENT_USER;

-- case: new table without the owner's delete
-- from:
-- to:
CREATE TABLE t (a int);
REVOKE DELETE ON t FROM CURRENT_USER;
GRANT SELECT ON t TO {r1};

-- case: domain usage revoked from public
-- from:
CREATE DOMAIN pos AS int;
-- to:
CREATE DOMAIN pos AS int;
REVOKE USAGE ON DOMAIN pos FROM PUBLIC;
GRANT USAGE ON DOMAIN pos TO {r1};

-- case: comments on many kinds
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int);
CREATE INDEX t_a ON t (a);
CREATE VIEW v AS SELECT a FROM t;
CREATE SEQUENCE s;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TYPE mood AS ENUM ('ok');
-- to:
CREATE TABLE t (id int PRIMARY KEY, a int);
CREATE INDEX t_a ON t (a);
CREATE VIEW v AS SELECT a FROM t;
CREATE SEQUENCE s;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TYPE mood AS ENUM ('ok');
COMMENT ON TABLE t IS 'table';
COMMENT ON INDEX t_a IS 'index';
COMMENT ON VIEW v IS 'view';
COMMENT ON SEQUENCE s IS 'sequence';
COMMENT ON FUNCTION f() IS 'function';
COMMENT ON TYPE mood IS 'type';
COMMENT ON CONSTRAINT t_pkey ON t IS 'key';

-- case: comments removed
-- from:
CREATE TABLE t (a int);
COMMENT ON TABLE t IS 'gone soon';
COMMENT ON COLUMN t.a IS 'also';
-- to:
CREATE TABLE t (a int);

-- case: comment with quotes and newlines
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int);
COMMENT ON TABLE t IS 'it''s
two lines';
