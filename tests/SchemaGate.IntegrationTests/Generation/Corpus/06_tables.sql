-- case: table created with constraints and an index
-- from:
-- to:
CREATE TABLE agents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    display_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT email_has_at CHECK (position('@' in email) > 1)
);
CREATE INDEX agents_created_at_idx ON agents (created_at);

-- case: table dropped with its indexes
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int);
CREATE INDEX t_a_idx ON t (a);
-- to:

-- case: table renamed is a drop and a create
-- from:
CREATE TABLE old_t (a int);
-- to:
CREATE TABLE new_t (a int);

-- case: table made unlogged
-- from:
CREATE TABLE t (a int);
-- to:
CREATE UNLOGGED TABLE t (a int);

-- case: table made logged
-- from:
CREATE UNLOGGED TABLE t (a int);
-- to:
CREATE TABLE t (a int);

-- case: table storage options
-- from:
CREATE TABLE t (id int PRIMARY KEY, a int) WITH (fillfactor = 90);
-- to:
CREATE TABLE t (id int PRIMARY KEY, a int) WITH (fillfactor = 70, autovacuum_enabled = false);

-- case: table storage option reset
-- from:
CREATE TABLE t (a int) WITH (fillfactor = 70);
-- to:
CREATE TABLE t (a int);

-- case: replica identity full
-- from:
CREATE TABLE t (id int PRIMARY KEY);
-- to:
CREATE TABLE t (id int PRIMARY KEY);
ALTER TABLE t REPLICA IDENTITY FULL;

-- case: replica identity using a new unique index
-- from:
CREATE TABLE t (id int PRIMARY KEY, code text NOT NULL);
-- to:
CREATE TABLE t (id int PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX t_code_key ON t (code);
ALTER TABLE t REPLICA IDENTITY USING INDEX t_code_key;

-- case: inheritance added
-- from:
CREATE TABLE base (a int);
CREATE TABLE kid (a int, b int);
-- to:
CREATE TABLE base (a int);
CREATE TABLE kid (b int) INHERITS (base);

-- case: inheritance removed
-- from:
CREATE TABLE base (a int);
CREATE TABLE kid (b int) INHERITS (base);
-- to:
CREATE TABLE base (a int);
CREATE TABLE kid (a int, b int);

-- case: tables referencing each other created together
-- from:
-- to:
CREATE TABLE teams (id int PRIMARY KEY, lead_id int);
CREATE TABLE members (id int PRIMARY KEY, team_id int REFERENCES teams);
ALTER TABLE teams ADD CONSTRAINT teams_lead_fkey FOREIGN KEY (lead_id) REFERENCES members;

-- case: tables referencing each other dropped together
-- from:
CREATE TABLE teams (id int PRIMARY KEY, lead_id int);
CREATE TABLE members (id int PRIMARY KEY, team_id int REFERENCES teams);
ALTER TABLE teams ADD CONSTRAINT teams_lead_fkey FOREIGN KEY (lead_id) REFERENCES members;
-- to:

-- case: table comment and quoted names
-- from:
CREATE TABLE "User Accounts" ("Id" int, "group" text);
-- to:
CREATE TABLE "User Accounts" ("Id" int, "group" text);
COMMENT ON TABLE "User Accounts" IS 'it''s quoted';
COMMENT ON COLUMN "User Accounts"."group" IS 'a keyword';

-- case: table replaced by a view of the same name
-- from:
CREATE TABLE base (a int);
CREATE TABLE summary (a int);
-- to:
CREATE TABLE base (a int);
CREATE VIEW summary AS SELECT a FROM base;

-- case: empty table
-- from:
-- to:
CREATE TABLE nothing ();
