-- case: type, function, table, view and trigger created together
-- from:
-- to:
CREATE TYPE priority AS ENUM ('low', 'high');
CREATE FUNCTION is_urgent(p priority) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT p = 'high' $$;
CREATE TABLE tasks (id int PRIMARY KEY, p priority NOT NULL DEFAULT 'low', done boolean NOT NULL DEFAULT false,
    updated_at timestamptz, CONSTRAINT urgent_not_done CHECK (NOT (is_urgent(p) AND done IS NULL)));
CREATE VIEW urgent_tasks AS SELECT id FROM tasks WHERE is_urgent(p);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
CREATE TRIGGER tasks_touch BEFORE UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION touch();

-- case: the same chain dropped
-- from:
CREATE TYPE priority AS ENUM ('low', 'high');
CREATE FUNCTION is_urgent(p priority) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT p = 'high' $$;
CREATE TABLE tasks (id int PRIMARY KEY, p priority NOT NULL DEFAULT 'low', CONSTRAINT c CHECK (is_urgent(p) OR true));
CREATE VIEW urgent_tasks AS SELECT id FROM tasks WHERE is_urgent(p);
-- to:

-- case: function with a new result type under a check and an index
-- from:
CREATE FUNCTION score(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2';
CREATE TABLE t (a int CONSTRAINT score_pos CHECK (score(a) >= 0));
CREATE INDEX t_score ON t (score(a));
-- to:
CREATE FUNCTION score(int) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT ($1 * 2)::bigint';
CREATE TABLE t (a int CONSTRAINT score_pos CHECK (score(a) >= 0));
CREATE INDEX t_score ON t (score(a));

-- case: function with a new result type used as a column default
-- from:
CREATE FUNCTION next_n() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TABLE t (n int DEFAULT next_n());
-- to:
CREATE FUNCTION next_n() RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
CREATE TABLE t (n int DEFAULT next_n());

-- case: view chain over a dropped column
-- from:
CREATE TABLE t (id int, a int, b int);
CREATE VIEW v1 AS SELECT id, a, b FROM t;
CREATE VIEW v2 AS SELECT id, a FROM v1;
-- to:
CREATE TABLE t (id int, a int);
CREATE VIEW v1 AS SELECT id, a FROM t;
CREATE VIEW v2 AS SELECT id, a FROM v1;

-- case: domain over an enum with a table using both
-- from:
-- to:
CREATE TYPE color AS ENUM ('red', 'green');
CREATE DOMAIN bright AS color CHECK (VALUE <> 'green');
CREATE TABLE lamps (id int, c bright, d color);

-- case: sequence, table and view in a new schema
-- from:
-- to:
CREATE SCHEMA shop;
CREATE SEQUENCE shop.order_no;
CREATE TABLE shop.orders (no bigint DEFAULT nextval('shop.order_no') PRIMARY KEY, total numeric(10,2));
ALTER SEQUENCE shop.order_no OWNED BY shop.orders.no;
CREATE VIEW shop.big_orders AS SELECT no FROM shop.orders WHERE total > 1000;

-- case: foreign keys across three tables created in one go
-- from:
-- to:
CREATE TABLE c (id int PRIMARY KEY);
CREATE TABLE b (id int PRIMARY KEY, c_id int REFERENCES c);
CREATE TABLE a (id int PRIMARY KEY, b_id int REFERENCES b, c_id int REFERENCES c);

-- case: a table referenced by a view, a function and a policy gets a new column type
-- from:
CREATE TABLE acct (id int PRIMARY KEY, balance int);
CREATE VIEW rich AS SELECT id FROM acct WHERE balance > 1000;
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(balance) FROM acct);
ALTER TABLE acct ENABLE ROW LEVEL SECURITY;
CREATE POLICY positive ON acct USING (balance >= 0);
-- to:
CREATE TABLE acct (id int PRIMARY KEY, balance numeric(12,2));
CREATE VIEW rich AS SELECT id FROM acct WHERE balance > 1000;
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(balance)::bigint FROM acct);
ALTER TABLE acct ENABLE ROW LEVEL SECURITY;
CREATE POLICY positive ON acct USING (balance >= 0);

-- case: composite type used by a function and a table dropped together
-- from:
CREATE TYPE pt AS (x int, y int);
CREATE TABLE shapes (id int, p pt);
CREATE FUNCTION xs(p pt) RETURNS int LANGUAGE sql AS 'SELECT (p).x';
-- to:
CREATE TABLE shapes (id int);

-- case: table replaced by a new one with a view switched over
-- from:
CREATE TABLE legacy_users (id int, name text);
CREATE VIEW names AS SELECT name FROM legacy_users;
-- to:
CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);
CREATE VIEW names AS SELECT name FROM users;

-- case: materialized view over a view over a table
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t WHERE a > 0;
CREATE MATERIALIZED VIEW mv AS SELECT count(*) AS n FROM v;
CREATE UNIQUE INDEX mv_n ON mv (n);
