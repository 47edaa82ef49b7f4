-- case: column added
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int);
-- to:
CREATE TABLE t (id int PRIMARY KEY, a int, b text DEFAULT 'x' NOT NULL);

-- case: column dropped
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int, b text);
-- to:
CREATE TABLE t (id int PRIMARY KEY, a int);

-- case: column dropped under an index and a check
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int, b int CHECK (b > 0));
CREATE INDEX t_ab_idx ON t (a, b);
-- to:
CREATE TABLE t (id int PRIMARY KEY, a int);

-- case: column renamed is a drop and an add
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (z int);

-- case: not null added
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int NOT NULL);

-- case: not null dropped
-- from:
CREATE TABLE t (a int NOT NULL);
-- to:
CREATE TABLE t (a int);

-- case: default added
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int DEFAULT 42);

-- case: default changed and dropped
-- from:
CREATE TABLE t (s text DEFAULT 'a', n int DEFAULT 1);
-- to:
CREATE TABLE t (s text DEFAULT 'b', n int);

-- case: volatile default
-- from:
CREATE TABLE t (id int);
-- to:
CREATE TABLE t (id int, at timestamptz NOT NULL DEFAULT clock_timestamp());

-- case: generated column added
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int, doubled int GENERATED ALWAYS AS (a * 2) STORED);

-- case: generated expression changed
-- from:
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
-- to:
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 3) STORED);

-- case: generated column becomes plain
-- from:
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
-- to:
CREATE TABLE t (a int, b int);

-- case: plain column becomes generated
-- from:
CREATE TABLE t (a int, b int, c text);
-- to:
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a + 1) STORED, c text);

-- case: column comment and column grant
-- from:
CREATE TABLE t (id int, secret text);
-- to:
CREATE TABLE t (id int, secret text);
COMMENT ON COLUMN t.secret IS 'hidden';
GRANT SELECT (id) ON t TO {r1};

-- case: column grant revoked
-- from:
CREATE TABLE t (id int, secret text);
GRANT SELECT (id, secret) ON t TO {r1};
-- to:
CREATE TABLE t (id int, secret text);
GRANT SELECT (id) ON t TO {r1};

-- case: several columns added to several tables
-- from:
CREATE TABLE a (id int);
CREATE TABLE b (id int);
-- to:
CREATE TABLE a (id int, x text, y date);
CREATE TABLE b (id int, z numeric(8,2) DEFAULT 0);

-- case: column with a keyword name
-- from:
CREATE TABLE t (id int);
-- to:
CREATE TABLE t (id int, "order" int, "user" text, "Mixed" bool);
