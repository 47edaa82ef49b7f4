-- case: index added to an existing table
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int);
-- to:
CREATE TABLE t (id int PRIMARY KEY, a int);
CREATE INDEX t_a_idx ON t (a);

-- case: index dropped
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int);
CREATE INDEX t_a_idx ON t (a);
-- to:
CREATE TABLE t (id int PRIMARY KEY, a int);

-- case: partial index predicate changed
-- from:
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a) WHERE a > 0;
-- to:
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a) WHERE a > 1;

-- case: expression index changed
-- from:
CREATE TABLE t (b text);
CREATE INDEX t_b_idx ON t (lower(b));
-- to:
CREATE TABLE t (b text);
CREATE INDEX t_b_idx ON t (upper(b));

-- case: index made unique
-- from:
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
-- to:
CREATE TABLE t (a int);
CREATE UNIQUE INDEX t_a_idx ON t (a);

-- case: index method changed
-- from:
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
-- to:
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t USING hash (a);

-- case: gin and brin indexes
-- from:
CREATE TABLE t (tags text[], at date);
-- to:
CREATE TABLE t (tags text[], at date);
CREATE INDEX t_tags ON t USING gin (tags);
CREATE INDEX t_at ON t USING brin (at);

-- case: index with include, ordering and fillfactor
-- from:
CREATE TABLE t (a int, b int, c text);
-- to:
CREATE TABLE t (a int, b int, c text);
CREATE INDEX t_ab ON t (a DESC NULLS LAST, b) INCLUDE (c) WITH (fillfactor = 70);

-- case: index comment
-- from:
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
-- to:
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
COMMENT ON INDEX t_a_idx IS 'hot';

-- case: index on a new column
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int, b text);
CREATE INDEX t_b ON t (b);

-- case: index using a function
-- from:
CREATE TABLE t (email text);
-- to:
CREATE FUNCTION norm(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim($1)) $$;
CREATE TABLE t (email text);
CREATE UNIQUE INDEX t_email ON t (norm(email));

-- case: index on a materialized view
-- from:
CREATE TABLE t (a int);
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
-- to:
CREATE TABLE t (a int);
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
CREATE INDEX mv_a ON mv (a);

-- case: index renamed is a drop and a create
-- from:
CREATE TABLE t (a int);
CREATE INDEX old_name ON t (a);
-- to:
CREATE TABLE t (a int);
CREATE INDEX new_name ON t (a);
