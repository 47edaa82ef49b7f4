-- case: varchar widened
-- from:
CREATE TABLE t (v varchar(50));
-- to:
CREATE TABLE t (v varchar(100));

-- case: varchar to text
-- from:
CREATE TABLE t (v varchar(50));
-- to:
CREATE TABLE t (v text);

-- case: integer to bigint
-- from:
CREATE TABLE t (id int PRIMARY KEY, n int);
-- to:
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);

-- case: text to integer needs using
-- from:
CREATE TABLE t (n text);
-- to:
CREATE TABLE t (n int);

-- case: integer to boolean needs using
-- from:
CREATE TABLE t (flag int);
-- to:
CREATE TABLE t (flag boolean);

-- case: numeric precision
-- from:
CREATE TABLE t (amount numeric(10,2));
-- to:
CREATE TABLE t (amount numeric(12,4));

-- case: timestamp to timestamptz
-- from:
CREATE TABLE t (at timestamp);
-- to:
CREATE TABLE t (at timestamptz);

-- case: json to jsonb with a default
-- from:
CREATE TABLE t (payload json DEFAULT '{}');
-- to:
CREATE TABLE t (payload jsonb DEFAULT '{}');

-- case: array element type
-- from:
CREATE TABLE t (v int[]);
-- to:
CREATE TABLE t (v bigint[]);

-- case: type changed under a view
-- from:
CREATE TABLE t (id int, amount int);
CREATE VIEW big AS SELECT id, amount FROM t WHERE amount > 100;
-- to:
CREATE TABLE t (id int, amount bigint);
CREATE VIEW big AS SELECT id, amount FROM t WHERE amount > 100;

-- case: type changed under a view of a view
-- from:
CREATE TABLE t (id int, amount int);
CREATE VIEW v1 AS SELECT id, amount FROM t;
CREATE VIEW v2 AS SELECT id FROM v1 WHERE amount > 0;
-- to:
CREATE TABLE t (id int, amount numeric);
CREATE VIEW v1 AS SELECT id, amount FROM t;
CREATE VIEW v2 AS SELECT id FROM v1 WHERE amount > 0;

-- case: type changed under a policy and a trigger
-- from:
CREATE TABLE t (id int, owner_id int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY mine ON t USING (owner_id > 0);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER t_owner BEFORE UPDATE OF owner_id ON t FOR EACH ROW EXECUTE FUNCTION tf();
-- to:
CREATE TABLE t (id int, owner_id bigint);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY mine ON t USING (owner_id > 0);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER t_owner BEFORE UPDATE OF owner_id ON t FOR EACH ROW EXECUTE FUNCTION tf();

-- case: type changed under a materialized view with an index
-- from:
CREATE TABLE t (id int, amount int);
CREATE MATERIALIZED VIEW totals AS SELECT id, sum(amount) AS total FROM t GROUP BY id;
CREATE UNIQUE INDEX totals_id ON totals (id);
-- to:
CREATE TABLE t (id int, amount bigint);
CREATE MATERIALIZED VIEW totals AS SELECT id, sum(amount) AS total FROM t GROUP BY id;
CREATE UNIQUE INDEX totals_id ON totals (id);

-- case: type change of a key referenced by a foreign key
-- from:
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);
-- to:
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id bigint REFERENCES p);

-- case: type change with a check and an index
-- from:
CREATE TABLE t (code varchar(5) CHECK (code <> ''));
CREATE INDEX t_code ON t (code);
-- to:
CREATE TABLE t (code varchar(10) CHECK (code <> ''));
CREATE INDEX t_code ON t (code);

-- case: date to timestamptz with a default
-- from:
CREATE TABLE t (d date DEFAULT current_date);
-- to:
CREATE TABLE t (d timestamptz DEFAULT now());

-- case: text to uuid
-- from:
CREATE TABLE t (ref text);
-- to:
CREATE TABLE t (ref uuid);
