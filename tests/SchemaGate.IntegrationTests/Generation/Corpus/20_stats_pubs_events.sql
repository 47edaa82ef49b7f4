-- case: statistics created
-- from:
CREATE TABLE t (a int, b int);
-- to:
CREATE TABLE t (a int, b int);
CREATE STATISTICS t_ab (dependencies, ndistinct) ON a, b FROM t;

-- case: statistics dropped
-- from:
CREATE TABLE t (a int, b int);
CREATE STATISTICS t_ab ON a, b FROM t;
-- to:
CREATE TABLE t (a int, b int);

-- case: statistics kinds changed
-- from:
CREATE TABLE t (a int, b int);
CREATE STATISTICS t_ab (dependencies) ON a, b FROM t;
-- to:
CREATE TABLE t (a int, b int);
CREATE STATISTICS t_ab (mcv) ON a, b FROM t;

-- case: statistics target and comment
-- from:
CREATE TABLE t (a int, b int);
CREATE STATISTICS t_ab ON a, b FROM t;
-- to:
CREATE TABLE t (a int, b int);
CREATE STATISTICS t_ab ON a, b FROM t;
ALTER STATISTICS t_ab SET STATISTICS 500;
COMMENT ON STATISTICS t_ab IS 'correlated';

-- case: statistics on expressions of a new table
-- from:
-- to:
CREATE TABLE t (a int, b text);
CREATE STATISTICS t_expr ON lower(b), (a + 1) FROM t;

-- case: publication created
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int);
-- to:
CREATE TABLE t (id int PRIMARY KEY, a int);
CREATE PUBLICATION pub FOR TABLE t WITH (publish = 'insert, update');

-- case: publication dropped
-- from:
CREATE TABLE t (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE t;
-- to:
CREATE TABLE t (id int PRIMARY KEY);

-- case: publication tables with columns and a filter
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
CREATE TABLE u (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE t;
-- to:
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
CREATE TABLE u (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE t (id, a) WHERE (a > 0), u;

-- case: publication emptied
-- from:
CREATE TABLE t (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE t;
-- to:
CREATE TABLE t (id int PRIMARY KEY);
CREATE PUBLICATION pub;

-- case: publication of a schema
-- from:
CREATE SCHEMA app;
CREATE PUBLICATION pub;
-- to:
CREATE SCHEMA app;
CREATE PUBLICATION pub FOR TABLES IN SCHEMA app WITH (publish_via_partition_root = true);

-- case: publication for all tables
-- from:
CREATE PUBLICATION pub;
-- to:
CREATE PUBLICATION pub FOR ALL TABLES;
COMMENT ON PUBLICATION pub IS 'everything';

-- case: event trigger created
-- from:
-- to:
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION on_ddl();

-- case: event trigger dropped
-- from:
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();
-- to:

-- case: event trigger disabled and commented
-- from:
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();
-- to:
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();
ALTER EVENT TRIGGER log_ddl DISABLE;
COMMENT ON EVENT TRIGGER log_ddl IS 'audit';

-- case: event trigger tags changed
-- from:
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();
-- to:
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_start WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION on_ddl();
