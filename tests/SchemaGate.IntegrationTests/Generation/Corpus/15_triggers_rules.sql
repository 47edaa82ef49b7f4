-- case: trigger added with its function
-- from:
CREATE TABLE flags (key text PRIMARY KEY, updated_at timestamptz);
-- to:
CREATE TABLE flags (key text PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
CREATE TRIGGER flags_touch BEFORE UPDATE ON flags FOR EACH ROW EXECUTE FUNCTION touch();

-- case: trigger dropped with its function
-- from:
CREATE TABLE flags (key text PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
CREATE TRIGGER flags_touch BEFORE UPDATE ON flags FOR EACH ROW EXECUTE FUNCTION touch();
-- to:
CREATE TABLE flags (key text PRIMARY KEY, updated_at timestamptz);

-- case: trigger timing changed
-- from:
CREATE TABLE t (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
-- to:
CREATE TABLE t (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER trg AFTER INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION tf();

-- case: trigger disabled
-- from:
CREATE TABLE t (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
-- to:
CREATE TABLE t (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
ALTER TABLE t DISABLE TRIGGER trg;

-- case: trigger enabled always with a when clause
-- from:
CREATE TABLE t (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
-- to:
CREATE TABLE t (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW WHEN (OLD.a IS DISTINCT FROM NEW.a) EXECUTE FUNCTION tf();
ALTER TABLE t ENABLE ALWAYS TRIGGER trg;

-- case: trigger function changes its return type
-- from:
CREATE TABLE t (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION helper() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
-- to:
CREATE TABLE t (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.a := 1; RETURN NEW; END$$;
CREATE FUNCTION helper() RETURNS bigint LANGUAGE sql AS 'SELECT 1';
CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();

-- case: statement trigger with transition table
-- from:
CREATE TABLE t (a int);
CREATE TABLE audit (n bigint);
-- to:
CREATE TABLE t (a int);
CREATE TABLE audit (n bigint);
CREATE FUNCTION count_new() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN INSERT INTO audit SELECT count(*) FROM new_rows; RETURN NULL; END$$;
CREATE TRIGGER t_count AFTER INSERT ON t REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_new();

-- case: trigger comment
-- from:
CREATE TABLE t (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
-- to:
CREATE TABLE t (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
COMMENT ON TRIGGER trg ON t IS 'noop';

-- case: rule added
-- from:
CREATE TABLE t (id int PRIMARY KEY);
-- to:
CREATE TABLE t (id int PRIMARY KEY);
CREATE RULE no_delete AS ON DELETE TO t DO INSTEAD NOTHING;

-- case: rule dropped
-- from:
CREATE TABLE t (id int PRIMARY KEY);
CREATE RULE no_delete AS ON DELETE TO t DO INSTEAD NOTHING;
-- to:
CREATE TABLE t (id int PRIMARY KEY);

-- case: rule changed
-- from:
CREATE TABLE t (id int PRIMARY KEY);
CREATE TABLE log (id int);
CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING;
-- to:
CREATE TABLE t (id int PRIMARY KEY);
CREATE TABLE log (id int);
CREATE RULE r AS ON DELETE TO t DO ALSO INSERT INTO log VALUES (OLD.id);

-- case: rule disabled and commented
-- from:
CREATE TABLE t (id int);
CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING;
-- to:
CREATE TABLE t (id int);
CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING;
ALTER TABLE t DISABLE RULE r;
COMMENT ON RULE r ON t IS 'keep rows';

-- case: rule on a view
-- from:
CREATE TABLE t (id int, name text);
CREATE VIEW v AS SELECT id, name FROM t;
-- to:
CREATE TABLE t (id int, name text);
CREATE VIEW v AS SELECT id, name FROM t;
CREATE RULE v_insert AS ON INSERT TO v DO INSTEAD INSERT INTO t VALUES (NEW.id, NEW.name);
