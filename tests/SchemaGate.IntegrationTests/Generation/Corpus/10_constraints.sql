-- case: primary key added
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int PRIMARY KEY);

-- case: primary key dropped
-- from:
CREATE TABLE t (a int PRIMARY KEY);
-- to:
CREATE TABLE t (a int NOT NULL);

-- case: primary key changed to two columns
-- from:
CREATE TABLE t (a int NOT NULL, b int NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a));
-- to:
CREATE TABLE t (a int NOT NULL, b int NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a, b));

-- case: primary key referenced by a foreign key changes
-- from:
CREATE TABLE p (id int NOT NULL, code text NOT NULL UNIQUE, CONSTRAINT p_pkey PRIMARY KEY (id));
CREATE TABLE c (p_id int REFERENCES p (id));
-- to:
CREATE TABLE p (id int NOT NULL, code text NOT NULL UNIQUE, CONSTRAINT p_pkey PRIMARY KEY (id) INCLUDE (code));
CREATE TABLE c (p_id int REFERENCES p (id));

-- case: unique constraint added
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int UNIQUE);

-- case: unique with include and nulls not distinct
-- from:
CREATE TABLE t (a int, b int);
-- to:
CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a) INCLUDE (b));

-- case: check constraint changed
-- from:
CREATE TABLE t (a int CONSTRAINT a_pos CHECK (a > 0));
-- to:
CREATE TABLE t (a int CONSTRAINT a_pos CHECK (a > 1));

-- case: check not valid becomes valid
-- from:
CREATE TABLE t (a int);
ALTER TABLE t ADD CONSTRAINT a_pos CHECK (a > 0) NOT VALID;
-- to:
CREATE TABLE t (a int);
ALTER TABLE t ADD CONSTRAINT a_pos CHECK (a > 0);

-- case: check added not valid
-- from:
CREATE TABLE t (a int);
-- to:
CREATE TABLE t (a int);
ALTER TABLE t ADD CONSTRAINT a_pos CHECK (a > 0) NOT VALID;

-- case: foreign key added to existing tables
-- from:
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int);
-- to:
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p ON DELETE CASCADE);

-- case: foreign key actions changed
-- from:
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);
-- to:
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p ON UPDATE SET NULL ON DELETE SET NULL);

-- case: foreign key made deferrable
-- from:
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);
-- to:
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p DEFERRABLE INITIALLY DEFERRED);

-- case: foreign key to a new table
-- from:
CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
-- to:
CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers);

-- case: foreign key dropped with its target table
-- from:
CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers);
-- to:
CREATE TABLE orders (id int PRIMARY KEY, customer_id int);

-- case: self-referencing foreign key
-- from:
CREATE TABLE nodes (id int PRIMARY KEY, parent_id int);
-- to:
CREATE TABLE nodes (id int PRIMARY KEY, parent_id int REFERENCES nodes);

-- case: exclusion constraint added
-- from:
CREATE TABLE b (r int4range);
-- to:
CREATE TABLE b (r int4range, EXCLUDE USING gist (r WITH &&));

-- case: constraint renamed
-- from:
CREATE TABLE t (a int CONSTRAINT one CHECK (a > 0));
-- to:
CREATE TABLE t (a int CONSTRAINT two CHECK (a > 0));

-- case: constraint comment
-- from:
CREATE TABLE t (a int CONSTRAINT one CHECK (a > 0));
-- to:
CREATE TABLE t (a int CONSTRAINT one CHECK (a > 0));
COMMENT ON CONSTRAINT one ON t IS 'positive';

-- case: unique constraint referenced by a foreign key is dropped with it
-- from:
CREATE TABLE p (id int, code text UNIQUE);
CREATE TABLE c (code text REFERENCES p (code));
-- to:
CREATE TABLE p (id int, code text);
CREATE TABLE c (code text);
