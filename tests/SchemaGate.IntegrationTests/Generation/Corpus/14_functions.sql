-- case: function added
-- from:
-- to:
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';

-- case: function dropped
-- from:
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
-- to:

-- case: function body changed
-- from:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
-- to:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2';

-- case: function volatility and security definer
-- from:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
-- to:
CREATE FUNCTION f() RETURNS int LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS 'SELECT 1';

-- case: function return type changed
-- from:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
-- to:
CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT 1';

-- case: function return type changed under a view
-- from:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE VIEW v AS SELECT f() AS one;
-- to:
CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT 1';
CREATE VIEW v AS SELECT f() AS one;

-- case: function language changed
-- from:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
-- to:
CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$BEGIN RETURN 1; END$$;

-- case: overloaded function added
-- from:
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
-- to:
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
CREATE FUNCTION f(x text) RETURNS int LANGUAGE sql AS 'SELECT 1';

-- case: parameter renamed
-- from:
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT 1';
-- to:
CREATE FUNCTION f(y int) RETURNS int LANGUAGE sql AS 'SELECT 1';

-- case: function with defaults and out parameters
-- from:
-- to:
CREATE FUNCTION split_name(full_name text, sep text DEFAULT ' ', OUT first text, OUT last text)
LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(full_name, sep, 1), split_part(full_name, sep, 2) $$;

-- case: set-returning function over a table
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int);
CREATE FUNCTION positives() RETURNS SETOF t LANGUAGE sql STABLE AS 'SELECT * FROM t WHERE a > 0';

-- case: procedure added
-- from:
CREATE TABLE log (msg text);
-- to:
CREATE TABLE log (msg text);
CREATE PROCEDURE note(m text) LANGUAGE sql AS $$ INSERT INTO log VALUES (m) $$;

-- case: procedure dropped
-- from:
CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';
-- to:

-- case: sql-standard function body over a table
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(a) FROM t);

-- case: function execute revoked from public
-- from:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
-- to:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION f() TO {r1};

-- case: function comment
-- from:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
-- to:
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
COMMENT ON FUNCTION f() IS 'one';

-- case: function used by a default is replaced and its old version dropped
-- from:
CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'A' $$;
CREATE TABLE t (code text DEFAULT next_code());
-- to:
CREATE FUNCTION new_code() RETURNS text LANGUAGE sql AS $$ SELECT 'B' $$;
CREATE TABLE t (code text DEFAULT new_code());

-- case: function referring to a table created later in the script
-- from:
-- to:
CREATE TABLE accounts (id int, email text);
CREATE FUNCTION account_email(p int) RETURNS text LANGUAGE sql STABLE AS 'SELECT email FROM accounts WHERE id = p';

-- case: begin atomic function over a table
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int);
DO $$BEGIN EXECUTE 'CREATE FUNCTION total_of_t() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(a) FROM t; END'; END$$;
