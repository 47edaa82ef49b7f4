-- case: view added
-- from:
CREATE TABLE t (a int, b text);
-- to:
CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a FROM t;

-- case: view dropped
-- from:
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
-- to:
CREATE TABLE t (a int);

-- case: view definition changed
-- from:
CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a FROM t;
-- to:
CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a, b FROM t;

-- case: view column removed under another view
-- from:
CREATE TABLE t (a int, b text);
CREATE VIEW v1 AS SELECT a, b FROM t;
CREATE VIEW v2 AS SELECT a FROM v1;
-- to:
CREATE TABLE t (a int, b text);
CREATE VIEW v1 AS SELECT a FROM t;
CREATE VIEW v2 AS SELECT a FROM v1;

-- case: view options
-- from:
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
-- to:
CREATE TABLE t (a int);
CREATE VIEW v WITH (security_barrier) AS SELECT a FROM t;

-- case: view option removed
-- from:
CREATE TABLE t (a int);
CREATE VIEW v WITH (security_barrier, check_option = local) AS SELECT a FROM t WHERE a > 0;
-- to:
CREATE TABLE t (a int);
CREATE VIEW v WITH (security_barrier) AS SELECT a FROM t WHERE a > 0;

-- case: view grant and comment
-- from:
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
-- to:
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
GRANT SELECT ON v TO {r1};
COMMENT ON VIEW v IS 'visible';

-- case: recreated view keeps its grants
-- from:
CREATE TABLE t (a int, b int);
CREATE VIEW v AS SELECT a FROM t;
GRANT SELECT ON v TO {r1};
-- to:
CREATE TABLE t (a int, b int);
CREATE VIEW v AS SELECT a, b FROM t;
GRANT SELECT ON v TO {r1};

-- case: view on a new table in a new schema
-- from:
-- to:
CREATE SCHEMA rpt;
CREATE TABLE rpt.sales (id int, amount numeric);
CREATE VIEW rpt.totals AS SELECT sum(amount) AS total FROM rpt.sales;

-- case: materialized view added
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int);
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;

-- case: materialized view definition changed keeps its index
-- from:
CREATE TABLE t (a int, b int);
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
CREATE INDEX mv_a ON mv (a);
-- to:
CREATE TABLE t (a int, b int);
CREATE MATERIALIZED VIEW mv AS SELECT a, b FROM t;
CREATE INDEX mv_a ON mv (a);

-- case: materialized view dropped
-- from:
CREATE TABLE t (a int);
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
CREATE INDEX mv_a ON mv (a);
-- to:
CREATE TABLE t (a int);

-- case: view using a function
-- from:
CREATE TABLE t (a int);
-- to:
CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2';
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT twice(a) AS d FROM t;

-- case: view switched to another table dropped after
-- from:
CREATE TABLE old_t (a int);
CREATE VIEW v AS SELECT a FROM old_t;
-- to:
CREATE TABLE new_t (a int);
CREATE VIEW v AS SELECT a FROM new_t;

-- case: recursive view
-- from:
-- to:
CREATE RECURSIVE VIEW nums (n) AS SELECT 1 UNION ALL SELECT n + 1 FROM nums WHERE n < 10;
