using SchemaGate.Catalog;
using SchemaGate.Diff;

namespace SchemaGate.IntegrationTests.Catalog;

/// <summary>The acceptance cases: old DDL, new DDL, the changes expected from diff(old, new).</summary>
public static class DiffCases
{
    private const string T = "CREATE TABLE t (id int PRIMARY KEY, a int, b text);";
    private const string Fk = "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p_id int";
    private const string Trg = T + " CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;";
    private const string Rls = T + " ALTER TABLE t ENABLE ROW LEVEL SECURITY;";
    private const string Part = "CREATE TABLE m (a int NOT NULL, b text) PARTITION BY RANGE (a);";
    private const string Icu = "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);";
    private const string Agg = "CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int, INITCOND = '0');";
    private const string Fr = "CREATE TYPE fr AS RANGE (SUBTYPE = float8);";
    private const string Fdw = "CREATE FOREIGN DATA WRAPPER w;";
    private const string Srv = Fdw + " CREATE SERVER s FOREIGN DATA WRAPPER w;";
    private const string Ft = Srv + " CREATE FOREIGN TABLE ft (a int, b text) SERVER s;";
    private const string Evt = "CREATE FUNCTION etf() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;";
    private const string Et = Evt + " CREATE EVENT TRIGGER et ON ddl_command_end EXECUTE FUNCTION etf();";
    private const string Ev = "CREATE TYPE e AS ENUM ('a'); CREATE FUNCTION e_text(e) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT $1::text';";
    private const string Op = "CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';";

    private static DiffCase C(string name, string a, string b, params string[] expected) => new(name, a, b, expected);

    public static IReadOnlyList<DiffCase> All { get; } =
    [
        // Schemas
        C("schema added", "", "CREATE SCHEMA app;", "Added Schema app"),
        C("schema removed", "CREATE SCHEMA app;", "", "Removed Schema app"),
        C("schema comment", "CREATE SCHEMA app;", "CREATE SCHEMA app; COMMENT ON SCHEMA app IS 'application';", "Altered Schema app [comment]"),
        C("schema usage granted", "CREATE SCHEMA app;", "CREATE SCHEMA app; GRANT USAGE ON SCHEMA app TO {r1};", "Altered Schema app [privileges]"),
        C("schema tables move", "CREATE SCHEMA app; CREATE TABLE public.x (a int);", "CREATE SCHEMA app; CREATE TABLE app.x (a int);",
            "Added Table app.x", "Removed Table public.x"),

        // Extensions: the extension is an object, what it installs is not
        C("extension added, its objects excluded", "", "CREATE EXTENSION pgcrypto;", "Added Extension pgcrypto"),
        C("extension moved to another schema", "CREATE SCHEMA ext; CREATE EXTENSION citext;", "CREATE SCHEMA ext; CREATE EXTENSION citext SCHEMA ext;",
            "Altered Extension citext [inSchema]"),
        C("extension type used by a table", "CREATE EXTENSION citext; CREATE TABLE u (e text);", "CREATE EXTENSION citext; CREATE TABLE u (e citext);",
            "Altered Column public.u.e [type]"),

        // Enums, domains, composite types
        C("enum added", "", "CREATE TYPE mood AS ENUM ('sad', 'happy');", "Added Enum public.mood"),
        C("enum removed", "CREATE TYPE mood AS ENUM ('sad', 'happy');", "", "Removed Enum public.mood"),
        C("enum label added in the middle", "CREATE TYPE mood AS ENUM ('sad', 'happy');",
            "CREATE TYPE mood AS ENUM ('sad', 'happy'); ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';", "Altered Enum public.mood [labels]"),
        C("enum label inserted later equals created in place", "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');",
            "CREATE TYPE mood AS ENUM ('sad', 'happy'); ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';"),
        C("enum comment", "CREATE TYPE mood AS ENUM ('sad');", "CREATE TYPE mood AS ENUM ('sad'); COMMENT ON TYPE mood IS 'feelings';",
            "Altered Enum public.mood [comment]"),
        C("domain check changed", "CREATE DOMAIN pos AS int CHECK (VALUE > 0);", "CREATE DOMAIN pos AS int CHECK (VALUE >= 0);",
            "Altered Domain public.pos [checks]"),
        C("domain default and not null", "CREATE DOMAIN pos AS int;", "CREATE DOMAIN pos AS int DEFAULT 1 NOT NULL;",
            "Altered Domain public.pos [default, notNull]"),
        C("domain base type", "CREATE DOMAIN code AS varchar(10);", "CREATE DOMAIN code AS varchar(20);", "Altered Domain public.code [baseType]"),
        C("composite type added", "", "CREATE TYPE pair AS (x int, y int);", "Added CompositeType public.pair"),
        C("composite attribute added", "CREATE TYPE pair AS (x int, y int);", "CREATE TYPE pair AS (x int, y int, z int);",
            "Altered CompositeType public.pair [attributes]"),

        // Sequences
        C("sequence added", "", "CREATE SEQUENCE s;", "Added Sequence public.s"),
        C("sequence removed", "CREATE SEQUENCE s;", "", "Removed Sequence public.s"),
        C("sequence increment", "CREATE SEQUENCE s;", "CREATE SEQUENCE s INCREMENT BY 10;", "Altered Sequence public.s [increment]"),
        C("sequence max, cycle, cache", "CREATE SEQUENCE s;", "CREATE SEQUENCE s MAXVALUE 1000 CYCLE CACHE 5;",
            "Altered Sequence public.s [cache, cycle, maxValue]"),
        C("sequence data type", "CREATE SEQUENCE s AS integer;", "CREATE SEQUENCE s;", "Altered Sequence public.s [dataType, maxValue]"),
        C("sequence owned by a column", "CREATE TABLE o (a int); CREATE SEQUENCE s;", "CREATE TABLE o (a int); CREATE SEQUENCE s OWNED BY o.a;",
            "Altered Sequence public.s [ownedBy]"),
        C("sequence grant", "CREATE SEQUENCE s;", "CREATE SEQUENCE s; GRANT USAGE ON SEQUENCE s TO {r1};", "Altered Sequence public.s [privileges]"),

        // Tables
        C("table added", "", T, "Added Table public.t"),
        C("table removed with its columns and indexes", T + " CREATE INDEX t_a_idx ON t (a);", "", "Removed Table public.t"),
        C("table renamed is remove plus add", "CREATE TABLE old_t (a int);", "CREATE TABLE new_t (a int);",
            "Added Table public.new_t", "Removed Table public.old_t"),
        C("table unlogged", "CREATE TABLE t (a int);", "CREATE UNLOGGED TABLE t (a int);", "Altered Table public.t [persistence]"),
        C("row level security enabled", T, Rls, "Altered Table public.t [rowSecurity]"),
        C("row level security forced", Rls, Rls + " ALTER TABLE t FORCE ROW LEVEL SECURITY;", "Altered Table public.t [forceRowSecurity]"),
        C("replica identity full", T, T + " ALTER TABLE t REPLICA IDENTITY FULL;", "Altered Table public.t [replicaIdentity]"),
        C("table storage options", T, "CREATE TABLE t (id int PRIMARY KEY, a int, b text) WITH (fillfactor = 70);", "Altered Table public.t [options]"),
        C("table comment", T, T + " COMMENT ON TABLE t IS 'things';", "Altered Table public.t [comment]"),
        C("table select granted", T, T + " GRANT SELECT ON t TO {r1};", "Altered Table public.t [privileges]"),
        C("table grant revoked", T + " GRANT SELECT, INSERT ON t TO {r1};", T + " GRANT SELECT, INSERT ON t TO {r1}; REVOKE INSERT ON t FROM {r1};",
            "Altered Table public.t [privileges]"),
        C("table grant option", T + " GRANT SELECT ON t TO {r1};", T + " GRANT SELECT ON t TO {r1} WITH GRANT OPTION;",
            "Altered Table public.t [privileges]"),
        C("grant and revoke back is no change", T, T + " GRANT SELECT ON t TO {r2}; REVOKE SELECT ON t FROM {r2};"),
        C("inheritance parent", "CREATE TABLE base (a int); CREATE TABLE kid (b int) INHERITS (base);",
            "CREATE TABLE base (a int); CREATE TABLE kid (a int, b int);", "Altered Table public.kid [inherits]"),

        // Columns
        C("column added", T, "CREATE TABLE t (id int PRIMARY KEY, a int, b text, c date);", "Added Column public.t.c"),
        C("column removed", T, "CREATE TABLE t (id int PRIMARY KEY, a int);", "Removed Column public.t.b"),
        C("column renamed is remove plus add", "CREATE TABLE t (a int);", "CREATE TABLE t (z int);", "Removed Column public.t.a", "Added Column public.t.z"),
        C("varchar length widened", "CREATE TABLE t (v varchar(50));", "CREATE TABLE t (v varchar(100));", "Altered Column public.t.v [type]"),
        C("numeric precision widened", "CREATE TABLE t (n numeric(10,2));", "CREATE TABLE t (n numeric(12,2));", "Altered Column public.t.n [type]"),
        C("integer to bigint", "CREATE TABLE t (n int);", "CREATE TABLE t (n bigint);", "Altered Column public.t.n [type]"),
        C("text to integer", "CREATE TABLE t (n text);", "CREATE TABLE t (n int);", "Altered Column public.t.n [type]"),
        C("not null added", "CREATE TABLE t (a int);", "CREATE TABLE t (a int NOT NULL);", "Altered Column public.t.a [notNull]"),
        C("default added", "CREATE TABLE t (a int);", "CREATE TABLE t (a int DEFAULT 42);", "Altered Column public.t.a [default]"),
        C("default differing only in a redundant cast", "CREATE TABLE t (s text DEFAULT 'a'::text);", "CREATE TABLE t (s text DEFAULT 'a');"),
        C("default value changed", "CREATE TABLE t (s text DEFAULT 'a');", "CREATE TABLE t (s text DEFAULT 'b');", "Altered Column public.t.s [default]"),
        C("serial to identity", "CREATE TABLE t (id serial);", "CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY);",
            "Removed Sequence public.t_id_seq", "Altered Column public.t.id [default, identityKind]"),
        C("identity always vs by default", "CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY);", "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);",
            "Altered Column public.t.id [identityKind]"),
        C("generated expression", "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);",
            "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 3) STORED);", "Altered Column public.t.b [generated]"),
        C("column collation", "CREATE TABLE t (s text);", "CREATE TABLE t (s text COLLATE \"C\");", "Altered Column public.t.s [collation]"),
        C("column order", "CREATE TABLE t (a int, b int);", "CREATE TABLE t (b int, a int);",
            "Altered Column public.t.a [position]", "Altered Column public.t.b [position]"),
        C("dropped column leaves no gap", "CREATE TABLE t (a int, x int, b int); ALTER TABLE t DROP COLUMN x;", "CREATE TABLE t (a int, b int);"),
        C("column comment", T, T + " COMMENT ON COLUMN t.a IS 'amount';", "Altered Column public.t.a [comment]"),
        C("column privilege", T, T + " GRANT SELECT (a) ON t TO {r1};", "Altered Column public.t.a [privileges]"),
        C("array element type", "CREATE TABLE t (v int[]);", "CREATE TABLE t (v bigint[]);", "Altered Column public.t.v [type]"),

        // Constraints
        C("primary key added", "CREATE TABLE t (a int);", "CREATE TABLE t (a int PRIMARY KEY);",
            "Altered Column public.t.a [notNull]", "Added Constraint public.t.t_pkey"),
        C("unique added (its index is the constraint's)", "CREATE TABLE t (a int);", "CREATE TABLE t (a int UNIQUE);", "Added Constraint public.t.t_a_key"),
        C("check changed", "CREATE TABLE t (a int CONSTRAINT a_pos CHECK (a > 0));", "CREATE TABLE t (a int CONSTRAINT a_pos CHECK (a > 1));",
            "Altered Constraint public.t.a_pos [definition]"),
        C("check not valid vs valid", "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT a_pos CHECK (a > 0) NOT VALID;",
            "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT a_pos CHECK (a > 0);", "Altered Constraint public.t.a_pos [definition, validated]"),
        C("foreign key on delete action", Fk + " REFERENCES p);", Fk + " REFERENCES p ON DELETE CASCADE);",
            "Altered Constraint public.c.c_p_id_fkey [definition, onDelete]"),
        C("foreign key on update action", Fk + " REFERENCES p);", Fk + " REFERENCES p ON UPDATE SET NULL);",
            "Altered Constraint public.c.c_p_id_fkey [definition, onUpdate]"),
        C("foreign key match full", Fk + " REFERENCES p);", Fk + " REFERENCES p MATCH FULL);",
            "Altered Constraint public.c.c_p_id_fkey [definition, matchType]"),
        C("foreign key deferrable", Fk + " REFERENCES p);", Fk + " REFERENCES p DEFERRABLE INITIALLY DEFERRED);",
            "Altered Constraint public.c.c_p_id_fkey [deferrable, definition, initiallyDeferred]"),
        C("foreign key added", Fk + ");", Fk + " REFERENCES p);", "Added Constraint public.c.c_p_id_fkey"),
        C("exclusion constraint", "CREATE TABLE b (r int4range);", "CREATE TABLE b (r int4range, EXCLUDE USING gist (r WITH &&));",
            "Added Constraint public.b.b_r_excl"),
        C("constraint renamed", "CREATE TABLE t (a int CONSTRAINT one CHECK (a > 0));", "CREATE TABLE t (a int CONSTRAINT two CHECK (a > 0));",
            "Removed Constraint public.t.one", "Added Constraint public.t.two"),
        C("constraint comment", "CREATE TABLE t (a int CONSTRAINT one CHECK (a > 0));",
            "CREATE TABLE t (a int CONSTRAINT one CHECK (a > 0)); COMMENT ON CONSTRAINT one ON t IS 'positive';",
            "Altered Constraint public.t.one [comment]"),

        // Indexes
        C("index added", T, T + " CREATE INDEX t_a_idx ON t (a);", "Added Index public.t_a_idx"),
        C("index removed", T + " CREATE INDEX t_a_idx ON t (a);", T, "Removed Index public.t_a_idx"),
        C("partial index predicate", T + " CREATE INDEX t_a_idx ON t (a) WHERE a > 0;", T + " CREATE INDEX t_a_idx ON t (a) WHERE a > 1;",
            "Altered Index public.t_a_idx [definition, predicate]"),
        C("expression index", T + " CREATE INDEX t_b_idx ON t (lower(b));", T + " CREATE INDEX t_b_idx ON t (upper(b));",
            "Altered Index public.t_b_idx [definition]"),
        C("index made unique", T + " CREATE INDEX t_a_idx ON t (a);", T + " CREATE UNIQUE INDEX t_a_idx ON t (a);",
            "Altered Index public.t_a_idx [definition, unique]"),
        C("index method", T + " CREATE INDEX t_a_idx ON t (a);", T + " CREATE INDEX t_a_idx ON t USING hash (a);",
            "Altered Index public.t_a_idx [definition, method]"),
        C("index comment", T + " CREATE INDEX t_a_idx ON t (a);", T + " CREATE INDEX t_a_idx ON t (a); COMMENT ON INDEX t_a_idx IS 'hot';",
            "Altered Index public.t_a_idx [comment]"),

        // Views and materialized views
        C("view added", T, T + " CREATE VIEW v AS SELECT a FROM t;", "Added View public.v"),
        C("view definition", T + " CREATE VIEW v AS SELECT a FROM t;", T + " CREATE VIEW v AS SELECT a, b FROM t;", "Altered View public.v [definition]"),
        C("view whitespace only", T + " CREATE VIEW v AS SELECT a FROM t;", T + " CREATE VIEW v AS\n   SELECT    a\n   FROM   t ;"),
        C("views depending on views", T + " CREATE VIEW v1 AS SELECT a FROM t; CREATE VIEW v2 AS SELECT * FROM v1;",
            T + " CREATE VIEW v1 AS SELECT a, b FROM t; CREATE VIEW v2 AS SELECT * FROM v1;",
            "Altered View public.v1 [definition]", "Altered View public.v2 [definition]"),
        C("view options", T + " CREATE VIEW v AS SELECT a FROM t;", T + " CREATE VIEW v WITH (security_barrier) AS SELECT a FROM t;",
            "Altered View public.v [options]"),
        C("view grant", T + " CREATE VIEW v AS SELECT a FROM t;", T + " CREATE VIEW v AS SELECT a FROM t; GRANT SELECT ON v TO {r1};",
            "Altered View public.v [privileges]"),
        C("materialized view added", T, T + " CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;", "Added MaterializedView public.mv"),
        C("materialized view index", T + " CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;",
            T + " CREATE MATERIALIZED VIEW mv AS SELECT a FROM t; CREATE INDEX mv_a_idx ON mv (a);", "Added Index public.mv_a_idx"),
        C("materialized view removed with its index", T + " CREATE MATERIALIZED VIEW mv AS SELECT a FROM t; CREATE INDEX mv_a_idx ON mv (a);", T,
            "Removed MaterializedView public.mv"),

        // Functions and procedures
        C("function added", "", "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';", "Added Function public.f(x integer)"),
        C("overloaded function added", "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';",
            "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x'; CREATE FUNCTION f(x text) RETURNS int LANGUAGE sql AS 'SELECT 1';",
            "Added Function public.f(x text)"),
        C("function body", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2';",
            "Altered Function public.f() [definition]"),
        C("function body whitespace only", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$SELECT 1$$;",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\n  SELECT   1\n$$;"),
        C("function volatility", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 1';", "Altered Function public.f() [definition, volatility]"),
        C("function security definer", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';", "Altered Function public.f() [definition, securityDefiner]"),
        C("function return type", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
            "CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT 1';", "Altered Function public.f() [definition, returns]"),
        C("function language", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS 'BEGIN RETURN 1; END';", "Altered Function public.f() [definition, language]"),
        C("function execute revoked from public", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;",
            "Altered Function public.f() [privileges]"),
        C("procedure added", "", "CREATE PROCEDURE pr(x int) LANGUAGE sql AS 'SELECT 1';", "Added Procedure public.pr(IN x integer)"),

        // Triggers
        C("trigger added", Trg, Trg + " CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();", "Added Trigger public.t.trg"),
        C("trigger disabled", Trg + " CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();",
            Trg + " CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf(); ALTER TABLE t DISABLE TRIGGER trg;",
            "Altered Trigger public.t.trg [enabled]"),
        C("trigger enabled always", Trg + " CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();",
            Trg + " CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf(); ALTER TABLE t ENABLE ALWAYS TRIGGER trg;",
            "Altered Trigger public.t.trg [enabled]"),
        C("trigger timing", Trg + " CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();",
            Trg + " CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();", "Altered Trigger public.t.trg [definition]"),

        // Row-level security policies
        C("policy added", Rls, Rls + " CREATE POLICY own ON t USING (a > 0);", "Added Policy public.t.own"),
        C("policy using", Rls + " CREATE POLICY own ON t USING (a > 0);", Rls + " CREATE POLICY own ON t USING (a > 1);", "Altered Policy public.t.own [using]"),
        C("policy roles", Rls + " CREATE POLICY own ON t USING (a > 0);", Rls + " CREATE POLICY own ON t TO {r1} USING (a > 0);",
            "Altered Policy public.t.own [roles]"),
        C("policy command", Rls + " CREATE POLICY own ON t USING (a > 0);", Rls + " CREATE POLICY own ON t FOR SELECT USING (a > 0);",
            "Altered Policy public.t.own [command]"),
        C("policy restrictive", Rls + " CREATE POLICY own ON t USING (a > 0);", Rls + " CREATE POLICY own ON t AS RESTRICTIVE USING (a > 0);",
            "Altered Policy public.t.own [permissive]"),
        C("policy with check", Rls + " CREATE POLICY own ON t FOR INSERT WITH CHECK (a > 0);", Rls + " CREATE POLICY own ON t FOR INSERT WITH CHECK (a > 5);",
            "Altered Policy public.t.own [withCheck]"),

        // Partitioning
        C("partition added", Part, Part + " CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);", "Added Table public.m_1"),
        C("partition bound", Part + " CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);",
            Part + " CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (200);", "Altered Table public.m_1 [partitionBound]"),
        C("partition key", Part, "CREATE TABLE m (a int NOT NULL, b text) PARTITION BY LIST (a);", "Altered Table public.m [partitionKey]"),
        C("index on partitioned table (partition indexes left out)", Part + " CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);",
            Part + " CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100); CREATE INDEX m_a_idx ON m (a);", "Added Index public.m_a_idx"),
        C("partitioned table removed with partitions", Part + " CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);", "",
            "Removed Table public.m"),

        // Collations
        C("collation added", "", Icu, "Added Collation public.ci"),
        C("collation removed", Icu, "", "Removed Collation public.ci"),
        C("collation made deterministic", Icu, "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2');",
            "Altered Collation public.ci [deterministic]"),
        C("collation locale", "CREATE COLLATION c2 (lc_collate = 'C', lc_ctype = 'C');", "CREATE COLLATION c2 (lc_collate = 'POSIX', lc_ctype = 'POSIX');",
            "Altered Collation public.c2 [lcCollate, lcCtype]"),
        C("collation comment", Icu, Icu + " COMMENT ON COLLATION ci IS 'case-insensitive';", "Altered Collation public.ci [comment]"),

        // Aggregates
        C("aggregate added", "", Agg, "Added Aggregate public.mysum(integer)"),
        C("aggregate removed", Agg, "", "Removed Aggregate public.mysum(integer)"),
        C("aggregate initial condition", Agg, "CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int, INITCOND = '10');",
            "Altered Aggregate public.mysum(integer) [initcond]"),
        C("aggregate sort operator", "CREATE AGGREGATE mymax(int) (SFUNC = int4larger, STYPE = int);",
            "CREATE AGGREGATE mymax(int) (SFUNC = int4larger, STYPE = int, SORTOP = >);", "Altered Aggregate public.mymax(integer) [sortop]"),
        C("ordered-set aggregate added", "",
            "CREATE AGGREGATE pct(float8 ORDER BY float8) (SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);",
            "Added Aggregate public.pct(double precision ORDER BY double precision)"),
        C("aggregate comment and grant", Agg, Agg + " COMMENT ON AGGREGATE mysum(int) IS 'sum'; REVOKE EXECUTE ON FUNCTION mysum(int) FROM PUBLIC;",
            "Altered Aggregate public.mysum(integer) [comment, privileges]"),

        // Default privileges: the role they are for is an owner (not compared), unless it is someone else
        C("default privileges added", "", "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {r1};", "Added DefaultPrivilege tables"),
        C("default privileges removed", "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {r1};", "", "Removed DefaultPrivilege tables"),
        C("default privileges grantee", "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {r1};", "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {r2};",
            "Altered DefaultPrivilege tables [privileges]"),
        C("default privileges in a schema", "CREATE SCHEMA app;", "CREATE SCHEMA app; ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO {r1};",
            "Added DefaultPrivilege sequences in schema app"),
        C("default execute revoked from public", "", "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;", "Added DefaultPrivilege functions"),
        C("default privileges of another role", "", "ALTER DEFAULT PRIVILEGES FOR ROLE {r1} GRANT SELECT ON TABLES TO {r2};",
            "Added DefaultPrivilege tables for role {r1}"),
        C("default privileges granted and revoked back", "", "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {r1}; ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM {r1};"),

        // The owner's own privileges
        C("privilege revoked from the owner", T, T + " REVOKE DELETE ON t FROM CURRENT_USER;", "Altered Table public.t [ownerPrivileges]"),
        C("owner revokes and grants back", T, T + " REVOKE DELETE ON t FROM CURRENT_USER; GRANT DELETE ON t TO CURRENT_USER;"),
        C("function execute revoked from its owner", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; REVOKE EXECUTE ON FUNCTION f() FROM CURRENT_USER;",
            "Altered Function public.f() [ownerPrivileges]"),
        C("schema usage revoked from its owner", "CREATE SCHEMA app;", "CREATE SCHEMA app; REVOKE USAGE ON SCHEMA app FROM CURRENT_USER;",
            "Altered Schema app [ownerPrivileges]"),
        C("type usage granted", "CREATE TYPE mood AS ENUM ('sad');", "CREATE TYPE mood AS ENUM ('sad'); GRANT USAGE ON TYPE mood TO {r1};",
            "Altered Enum public.mood [privileges]"),
        C("type usage revoked from public", "CREATE DOMAIN pos AS int;", "CREATE DOMAIN pos AS int; REVOKE USAGE ON DOMAIN pos FROM PUBLIC;",
            "Altered Domain public.pos [privileges]"),
        C("type grant and revoke back is no change", "CREATE TYPE mood AS ENUM ('sad');",
            "CREATE TYPE mood AS ENUM ('sad'); GRANT USAGE ON TYPE mood TO {r1}; REVOKE USAGE ON TYPE mood FROM {r1};"),

        // Range and multirange types
        C("range type added (its multirange with it)", "", Fr, "Added RangeType public.fr"),
        C("range type removed", Fr, "", "Removed RangeType public.fr"),
        C("range subtype difference function", Fr, "CREATE TYPE fr AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);", "Altered RangeType public.fr [subtypeDiff]"),
        C("range subtype", Fr, "CREATE TYPE fr AS RANGE (SUBTYPE = numeric);", "Altered RangeType public.fr [subtype]"),
        C("multirange renamed", Fr, "CREATE TYPE fr AS RANGE (SUBTYPE = float8, MULTIRANGE_TYPE_NAME = fr_m);",
            "Altered RangeType public.fr [multirange]", "Added MultirangeType public.fr_m", "Removed MultirangeType public.fr_multirange"),
        C("multirange comment", Fr, Fr + " COMMENT ON TYPE fr_multirange IS 'many';", "Altered MultirangeType public.fr_multirange [comment]"),
        C("range usage revoked from public", Fr, Fr + " REVOKE USAGE ON TYPE fr FROM PUBLIC;", "Altered RangeType public.fr [privileges]"),

        // Foreign data wrappers, servers, user mappings, foreign tables
        C("foreign data wrapper added", "", Fdw, "Added ForeignDataWrapper w"),
        C("foreign data wrapper removed", Fdw, "", "Removed ForeignDataWrapper w"),
        C("foreign data wrapper options", Fdw, "CREATE FOREIGN DATA WRAPPER w OPTIONS (debug 'true');", "Altered ForeignDataWrapper w [options]"),
        C("foreign data wrapper validator and comment", Fdw,
            "CREATE FOREIGN DATA WRAPPER w VALIDATOR postgresql_fdw_validator; COMMENT ON FOREIGN DATA WRAPPER w IS 'stub';",
            "Altered ForeignDataWrapper w [comment, validator]"),
        C("server added", Fdw, Srv, "Added ForeignServer s"),
        C("server removed", Srv, Fdw, "Removed ForeignServer s"),
        C("server options and version", Srv, Fdw + " CREATE SERVER s VERSION '2' FOREIGN DATA WRAPPER w OPTIONS (host 'db', port '5432');",
            "Altered ForeignServer s [options, version]"),
        C("server usage granted", Srv, Srv + " GRANT USAGE ON FOREIGN SERVER s TO {r1};", "Altered ForeignServer s [privileges]"),
        C("user mapping added", Srv, Srv + " CREATE USER MAPPING FOR {r1} SERVER s OPTIONS (user 'bob');", "Added UserMapping s for {r1}"),
        C("user mapping removed", Srv + " CREATE USER MAPPING FOR PUBLIC SERVER s;", Srv, "Removed UserMapping s for PUBLIC"),
        C("user mapping options", Srv + " CREATE USER MAPPING FOR {r1} SERVER s OPTIONS (user 'bob');",
            Srv + " CREATE USER MAPPING FOR {r1} SERVER s OPTIONS (user 'alice');", "Altered UserMapping s for {r1} [options]"),
        C("user mapping password is never read", Srv + " CREATE USER MAPPING FOR {r1} SERVER s OPTIONS (user 'bob', password 'one');",
            Srv + " CREATE USER MAPPING FOR {r1} SERVER s OPTIONS (user 'bob', password 'two');"),
        C("user mapping password added shows by name", Srv + " CREATE USER MAPPING FOR {r1} SERVER s OPTIONS (user 'bob');",
            Srv + " CREATE USER MAPPING FOR {r1} SERVER s OPTIONS (user 'bob', password 'two');", "Altered UserMapping s for {r1} [secretOptions]"),
        C("foreign table added", Srv, Ft, "Added ForeignTable public.ft"),
        C("foreign table removed", Ft, Srv, "Removed ForeignTable public.ft"),
        C("foreign table options", Ft, Srv + " CREATE FOREIGN TABLE ft (a int, b text) SERVER s OPTIONS (table_name 'remote');",
            "Altered ForeignTable public.ft [options]"),
        C("foreign table column added and column options", Ft, Srv + " CREATE FOREIGN TABLE ft (a int OPTIONS (column_name 'x'), b text, c date) SERVER s;",
            "Altered Column public.ft.a [options]", "Added Column public.ft.c"),
        C("foreign table check and comment", Ft, Ft + " ALTER FOREIGN TABLE ft ADD CONSTRAINT a_pos CHECK (a > 0); COMMENT ON FOREIGN TABLE ft IS 'remote';",
            "Altered ForeignTable public.ft [comment]", "Added Constraint public.ft.a_pos"),

        // Rules
        C("rule added", T, T + " CREATE RULE no_delete AS ON DELETE TO t DO INSTEAD NOTHING;", "Added Rule public.t.no_delete"),
        C("rule removed", T + " CREATE RULE no_delete AS ON DELETE TO t DO INSTEAD NOTHING;", T, "Removed Rule public.t.no_delete"),
        C("rule event", T + " CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING;", T + " CREATE RULE r AS ON UPDATE TO t DO INSTEAD NOTHING;",
            "Altered Rule public.t.r [definition, event]"),
        C("rule disabled and commented", T + " CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING;",
            T + " CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING; ALTER TABLE t DISABLE RULE r; COMMENT ON RULE r ON t IS 'keep';",
            "Altered Rule public.t.r [comment, enabled]"),

        // Extended statistics
        C("statistics added", T, T + " CREATE STATISTICS t_ab (dependencies) ON a, b FROM t;", "Added ExtendedStatistic public.t_ab"),
        C("statistics removed", T + " CREATE STATISTICS t_ab ON a, b FROM t;", T, "Removed ExtendedStatistic public.t_ab"),
        C("statistics kinds", T + " CREATE STATISTICS t_ab (dependencies) ON a, b FROM t;", T + " CREATE STATISTICS t_ab (ndistinct) ON a, b FROM t;",
            "Altered ExtendedStatistic public.t_ab [definition]"),
        C("statistics target and comment", T + " CREATE STATISTICS t_ab ON a, b FROM t;",
            T + " CREATE STATISTICS t_ab ON a, b FROM t; ALTER STATISTICS t_ab SET STATISTICS 500; COMMENT ON STATISTICS t_ab IS 'pair';",
            "Altered ExtendedStatistic public.t_ab [comment, target]"),

        // Event triggers
        C("event trigger added", Evt, Et, "Added EventTrigger et"),
        C("event trigger removed", Et, Evt, "Removed EventTrigger et"),
        C("event trigger disabled and commented", Et, Et + " ALTER EVENT TRIGGER et DISABLE; COMMENT ON EVENT TRIGGER et IS 'audit';",
            "Altered EventTrigger et [comment, enabled]"),
        C("event trigger tags", Et, Evt + " CREATE EVENT TRIGGER et ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION etf();",
            "Altered EventTrigger et [tags]"),

        // Publications
        C("publication added", T, T + " CREATE PUBLICATION pub FOR TABLE t;", "Added Publication pub"),
        C("publication removed", T + " CREATE PUBLICATION pub FOR TABLE t;", T, "Removed Publication pub"),
        C("publication tables, columns and filter", T + " CREATE PUBLICATION pub FOR TABLE t;", T + " CREATE PUBLICATION pub FOR TABLE t (id, a) WHERE (a > 0);",
            "Altered Publication pub [tables]"),
        C("publication operations and comment", T + " CREATE PUBLICATION pub FOR TABLE t;",
            T + " CREATE PUBLICATION pub FOR TABLE t WITH (publish = 'insert'); COMMENT ON PUBLICATION pub IS 'inserts';",
            "Altered Publication pub [comment, publish]"),
        C("publication of a schema", "CREATE SCHEMA app; CREATE PUBLICATION pub;", "CREATE SCHEMA app; CREATE PUBLICATION pub FOR TABLES IN SCHEMA app;",
            "Altered Publication pub [schemas]"),

        // Casts
        C("cast added", Ev, Ev + " CREATE CAST (e AS text) WITH FUNCTION e_text(e);", "Added Cast (e AS text)"),
        C("cast removed", Ev + " CREATE CAST (e AS text) WITH FUNCTION e_text(e);", Ev, "Removed Cast (e AS text)"),
        C("cast context and comment", Ev + " CREATE CAST (e AS text) WITH FUNCTION e_text(e);",
            Ev + " CREATE CAST (e AS text) WITH FUNCTION e_text(e) AS ASSIGNMENT; COMMENT ON CAST (e AS text) IS 'label';",
            "Altered Cast (e AS text) [comment, context]"),
        C("cast method", Ev + " CREATE CAST (e AS text) WITH FUNCTION e_text(e);", Ev + " CREATE CAST (e AS text) WITH INOUT;",
            "Altered Cast (e AS text) [function, method]"),

        // Operators
        C("operator added", Op, Op + " CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3);", "Added Operator public.===(integer, integer)"),
        C("operator removed", Op + " CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3);", Op, "Removed Operator public.===(integer, integer)"),
        C("operator estimator, hashes and comment", Op + " CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3);",
            Op + " CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3, RESTRICT = eqsel, HASHES); COMMENT ON OPERATOR === (int, int) IS 'eq';",
            "Altered Operator public.===(integer, integer) [comment, hashes, restrict]"),
        C("prefix operator added", "CREATE FUNCTION neg3(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT -$1';",
            "CREATE FUNCTION neg3(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT -$1'; CREATE OPERATOR ~~~ (RIGHTARG = int, FUNCTION = neg3);",
            "Added Operator public.~~~(NONE, integer)"),

        // Filters and options
        C("exclude objects glob", T, T + " CREATE TABLE tmp_scratch (a int); CREATE INDEX tmp_scratch_a ON tmp_scratch (a);")
            with { Snapshot = new SnapshotOptions { Filter = new SnapshotFilter([], [], ["public.tmp_*"]) } },
        C("include schemas", "CREATE SCHEMA app; CREATE TABLE app.x (a int);",
            "CREATE SCHEMA app; CREATE TABLE app.x (a int, b int); CREATE TABLE public.other (a int); CREATE SCHEMA misc;", "Added Column app.x.b")
            with { Snapshot = new SnapshotOptions { Filter = new SnapshotFilter(["app"], [], []) } },
        C("exclude schemas", "CREATE SCHEMA audit;", "CREATE SCHEMA audit; CREATE TABLE audit.log (a int); CREATE TABLE keep (a int);", "Added Table public.keep")
            with { Snapshot = new SnapshotOptions { Filter = new SnapshotFilter([], ["audit"], []) } },
        C("journal table excluded", T,
            T + " CREATE TABLE schemaversions (schemaversionsid serial PRIMARY KEY, scriptname varchar(255) NOT NULL, applied timestamp NOT NULL);"),
        C("custom journal table excluded", T, T + " CREATE SCHEMA ops; CREATE TABLE ops.journal (id serial PRIMARY KEY, name text);",
            "Added Schema ops") with { Snapshot = new SnapshotOptions { JournalTable = "ops.journal" } },
        C("privileges ignored by option", T, T + " GRANT SELECT ON t TO {r1}; GRANT SELECT (a) ON t TO {r2};")
            with { Diff = new DiffOptions { IgnorePrivileges = true } },
        C("comments ignored by option", T, T + " COMMENT ON TABLE t IS 'x'; COMMENT ON COLUMN t.a IS 'y';")
            with { Diff = new DiffOptions { IgnoreComments = true } },
        C("owner ignored by default", T, T + " ALTER TABLE t OWNER TO {r1};"),
        C("owner compared when asked", T, T + " ALTER TABLE t OWNER TO {r1};", "Altered Table public.t [owner]")
            with { Diff = new DiffOptions { IgnoreOwners = false } },
        C("ignored object globs in the diff", T, T + " CREATE TABLE scratch_1 (a int); CREATE VIEW scratch_v AS SELECT 1 AS one;")
            with { Diff = new DiffOptions { IgnoreObjects = ["public.scratch_*"] } },
    ];
}
