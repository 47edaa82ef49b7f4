-- case: column added in the middle
-- from:
CREATE TABLE t (a int, b int);
-- to:
CREATE TABLE t (a int, c int, b int);

-- case: columns swapped
-- from:
CREATE TABLE t (a int, b int);
-- to:
CREATE TABLE t (b int, a int);

-- case: column added first
-- from:
CREATE TABLE t (a int NOT NULL DEFAULT 1, b text);
-- to:
CREATE TABLE t (z int, a int NOT NULL DEFAULT 1, b text);

-- case: column dropped in the middle keeps the rest
-- from:
CREATE TABLE t (a int, x int, b int);
-- to:
CREATE TABLE t (a int, b int);

-- case: moved column keeps its index, check and comment
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int CHECK (a > 0), b text);
CREATE INDEX t_a ON t (a);
COMMENT ON COLUMN t.a IS 'amount';
-- to:
CREATE TABLE t (id int PRIMARY KEY, b text, a int CHECK (a > 0));
CREATE INDEX t_a ON t (a);
COMMENT ON COLUMN t.a IS 'amount';

-- case: moved primary key column referenced by a foreign key
-- from:
CREATE TABLE p (name text, id int PRIMARY KEY);
CREATE TABLE c (id int, p_id int REFERENCES p);
-- to:
CREATE TABLE p (id int PRIMARY KEY, name text);
CREATE TABLE c (id int, p_id int REFERENCES p);

-- case: moved identity column
-- from:
CREATE TABLE t (note text, id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- to:
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text);

-- case: moved serial column keeps its sequence
-- from:
CREATE TABLE t (note text, id serial);
-- to:
CREATE TABLE t (id serial, note text);

-- case: moved column under a view
-- from:
CREATE TABLE t (a int, b int);
CREATE VIEW v AS SELECT a, b FROM t;
-- to:
CREATE TABLE t (b int, a int);
CREATE VIEW v AS SELECT a, b FROM t;

-- case: moved column with a new type
-- from:
CREATE TABLE t (a text, b int);
-- to:
CREATE TABLE t (b int, a varchar(20));

-- case: moved generated column
-- from:
CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a * 2) STORED, b int);
-- to:
CREATE TABLE t (a int, b int, g int GENERATED ALWAYS AS (a * 2) STORED);

-- case: moved column with a grant and a default
-- from:
CREATE TABLE t (a int DEFAULT 5, b int);
GRANT SELECT (a) ON t TO {r1};
-- to:
CREATE TABLE t (b int, a int DEFAULT 5);
GRANT SELECT (a) ON t TO {r1};

-- case: new column and a moved one interleaved
-- from:
CREATE TABLE t (a int, b int, c int);
-- to:
CREATE TABLE t (a int, x int, c int, y int, b int);
