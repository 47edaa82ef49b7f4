using SchemaGate.Tests.Rules;

namespace SchemaGate.Tests.Rules;

public class RuleCases
{
    /// <summary>Scripts that must be flagged: SQL, rule id, line, object.</summary>
    public static TheoryData<string, string, int, string?> Flagged => new()
    {
        // SG201 DROP TABLE
        { "DROP TABLE alerts;", "SG201", 1, "public.alerts" },
        { "SELECT 1;\nDROP TABLE IF EXISTS audit.events CASCADE;", "SG201", 2, "audit.events" },
        { "DROP TABLE \"Alerts\";", "SG201", 1, "public.\"Alerts\"" },
        { "DROP TABLE IF EXISTS tmp;\nCREATE TABLE tmp (id int);", "SG201", 1, "public.tmp" },
        { "CREATE TABLE \"Alerts\" (id int);\nDROP TABLE IF EXISTS alerts;", "SG201", 2, "public.alerts" },
        { "CREATE TABLE IF NOT EXISTS t (id int);\nDROP TABLE t;", "SG201", 2, "public.t" },
        // SG202 DROP COLUMN
        { "ALTER TABLE alerts DROP COLUMN payload;", "SG202", 1, "public.alerts.payload" },
        { "ALTER TABLE IF EXISTS ONLY Public.Alerts\n  ADD COLUMN x int,\n  DROP payload CASCADE;", "SG202", 3, "public.alerts.payload" },
        { "ALTER TABLE \"Ops\".\"Alerts\" DROP COLUMN IF EXISTS \"Payload\";", "SG202", 1, "\"Ops\".\"Alerts\".\"Payload\"" },
        // SG203-SG205
        { "DROP SCHEMA reporting CASCADE;", "SG203", 1, "reporting" },
        { "DROP DATABASE IF EXISTS legacy;", "SG204", 1, "legacy" },
        { "TRUNCATE alerts CASCADE;", "SG205", 1, "public.alerts" },
        { "TRUNCATE TABLE ONLY a, b RESTART IDENTITY;", "SG205", 1, "public.b" },
        // SG206 / SG207
        { "DELETE FROM alerts;", "SG206", 1, "public.alerts" },
        { "WITH x AS (SELECT id FROM a WHERE id > 1)\nDELETE FROM ONLY b USING x;", "SG206", 2, "public.b" },
        { "UPDATE alerts SET level = (SELECT max(level) FROM levels WHERE id = 1);", "SG207", 1, "public.alerts" },
        // SG208
        { "ALTER TABLE alerts ALTER COLUMN level TYPE bigint;", "SG208", 1, "public.alerts.level" },
        { "ALTER TABLE alerts ALTER level SET DATA TYPE text USING level::text;", "SG208", 1, "public.alerts.level" },
        // SG209-SG211
        { "DROP SEQUENCE alerts_id_seq;", "SG209", 1, "public.alerts_id_seq" },
        { "DROP TYPE IF EXISTS mood CASCADE;", "SG210", 1, "public.mood" },
        { "DROP DOMAIN app.email;", "SG210", 1, "app.email" },
        { "DROP FUNCTION f(int, text), g();", "SG211", 1, "public.g" },
        { "DROP PROCEDURE app.cleanup;", "SG211", 1, "app.cleanup" },
        // SG301 / SG302 / SG303
        { "CREATE INDEX alerts_level_idx ON alerts (level);", "SG301", 1, "public.alerts_level_idx" },
        { "CREATE UNIQUE INDEX IF NOT EXISTS ix ON ONLY ops.alerts USING btree (id);", "SG301", 1, "ops.ix" },
        { "CREATE INDEX ON \"Alerts\" (id);", "SG301", 1, "public.\"Alerts\"" },
        { "DROP INDEX alerts_level_idx;", "SG302", 1, "public.alerts_level_idx" },
        { "CREATE INDEX CONCURRENTLY i ON alerts (level);", "SG303", 1, null },
        { "REINDEX (CONCURRENTLY) TABLE alerts;", "SG303", 1, null },
        // SG304 / SG305 / SG306
        { "ALTER TABLE alerts ADD CONSTRAINT alerts_agent_fk FOREIGN KEY (agent_id) REFERENCES agents (id);", "SG304", 1, "public.alerts.alerts_agent_fk" },
        { "ALTER TABLE alerts ADD FOREIGN KEY (agent_id) REFERENCES agents;", "SG304", 1, "public.alerts" },
        { "ALTER TABLE alerts ADD CONSTRAINT level_ok CHECK (level > 0);", "SG305", 1, "public.alerts.level_ok" },
        { "ALTER TABLE alerts ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES b NOT VALID;\nALTER TABLE alerts VALIDATE CONSTRAINT fk;", "SG306", 2, "public.alerts.fk" },
        // SG307 / SG308 / SG309 / SG310
        { "ALTER TABLE alerts ALTER COLUMN level SET NOT NULL;", "SG307", 1, "public.alerts.level" },
        { "ALTER TABLE alerts ADD COLUMN token uuid DEFAULT gen_random_uuid();", "SG308", 1, "public.alerts.token" },
        { "ALTER TABLE alerts ADD COLUMN x int DEFAULT 0, ADD COLUMN r float8 NOT NULL DEFAULT random();", "SG308", 1, "public.alerts.r" },
        { "ALTER TABLE alerts ADD COLUMN n bigserial;", "SG308", 1, "public.alerts.n" },
        { "ALTER TABLE alerts ADD COLUMN u uuid DEFAULT uuid_generate_v4();", "SG308", 1, "public.alerts.u" },
        { "ALTER TABLE alerts ADD CONSTRAINT alerts_code_key UNIQUE (code);", "SG309", 1, "public.alerts.alerts_code_key" },
        { "ALTER TABLE alerts ADD PRIMARY KEY (id);", "SG309", 1, "public.alerts" },
        { "ALTER TABLE alerts ADD COLUMN code text UNIQUE;", "SG309", 1, "public.alerts.code" },
        { "ALTER TABLE alerts RENAME TO notices;", "SG310", 1, "public.alerts" },
        { "ALTER TABLE alerts RENAME COLUMN \"Level\" TO severity;", "SG310", 1, "public.alerts.\"Level\"" },
        // SG311 / SG312 / SG313
        { "VACUUM FULL alerts;", "SG311", 1, "public.alerts" },
        { "CLUSTER alerts USING alerts_pkey;", "SG311", 1, "public.alerts" },
        { "REINDEX TABLE alerts;", "SG311", 1, "public.alerts" },
        { "BEGIN;\nALTER TABLE a ADD COLUMN b int;", "SG312", 1, null },
        { "CREATE TABLE events (id int, body json);", "SG313", 1, "public.events.body" },
        { "ALTER TABLE events ADD COLUMN meta json[];", "SG313", 1, "public.events.meta" },
        { "CREATE TABLE t (id int);\nALTER TABLE t ALTER COLUMN c TYPE json USING c::json;", "SG313", 2, "public.t.c" },
        // SG314
        { "ALTER TABLE alerts ADD COLUMN note text;", "SG314", 1, "public.alerts" },
        { "SET lock_timeout = '5s';\nRESET lock_timeout;\nDROP TABLE \"Ops\".\"Alerts\";", "SG314", 3, "\"Ops\".\"Alerts\"" },
        { "SET lock_timeout = 0;\nTRUNCATE TABLE ONLY audit.events RESTART IDENTITY CASCADE;", "SG314", 2, "audit.events" },
        { "-- schemagate:no-transaction\nSET LOCAL lock_timeout = '5s';\nLOCK TABLE alerts;", "SG314", 3, "public.alerts" },
        { "ALTER TABLE alerts ADD COLUMN n int;\nSET lock_timeout = '2s';\nALTER TABLE alerts DROP COLUMN n;", "SG314", 1, "public.alerts" },
    };

    /// <summary>Scripts that must not report the rule.</summary>
    public static TheoryData<string, string> NotFlagged => new()
    {
        { "CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DROP TABLE alerts; DELETE FROM x; END $$;", "SG201" },
        { "CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DROP TABLE alerts; DELETE FROM x; END $$;", "SG206" },
        { "CREATE TABLE tmp (id int);\nDROP TABLE IF EXISTS tmp;", "SG201" },
        { "CREATE TABLE \"Tmp\" (id int);\nDROP TABLE IF EXISTS public.\"Tmp\";", "SG201" },
        { "DROP VIEW alerts_view;", "SG201" },
        { "ALTER TABLE alerts DROP CONSTRAINT alerts_pkey;", "SG202" },
        { "ALTER TABLE alerts ALTER COLUMN level DROP DEFAULT;", "SG202" },
        { "CREATE TABLE t (a int, b int);\nALTER TABLE t DROP COLUMN b;", "SG202" },
        { "SELECT 'TRUNCATE alerts';", "SG205" },
        { "CREATE SCHEMA reporting;\nDO $$ BEGIN EXECUTE 'DROP SCHEMA old'; END $$;", "SG203" },
        { "-- DROP DATABASE prod;\nSELECT 1;", "SG204" },
        { "ALTER SEQUENCE alerts_id_seq RESTART WITH 100;", "SG209" },
        { "ALTER TYPE mood ADD VALUE 'calm';", "SG210" },
        { "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1 $body$;", "SG211" },
        { "DELETE FROM alerts WHERE id = 1;", "SG206" },
        { "WITH gone AS (DELETE FROM a WHERE x RETURNING id) SELECT count(*) FROM gone;", "SG206" },
        { "INSERT INTO a (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET x = 1;", "SG207" },
        { "UPDATE alerts SET level = 1 WHERE level IS NULL;", "SG207" },
        { "ALTER TABLE alerts ALTER COLUMN level SET DEFAULT 1;", "SG208" },
        { "CREATE TABLE t (id int);\nALTER TABLE t ALTER COLUMN id TYPE bigint;", "SG208" },
        { "CREATE TABLE alerts (id int);\nCREATE INDEX alerts_id_idx ON alerts (id);", "SG301" },
        { "CREATE TABLE \"Alerts\" (id int);\nCREATE INDEX ON public.\"Alerts\" (id);", "SG301" },
        { "-- schemagate:no-transaction\nCREATE INDEX CONCURRENTLY i ON alerts (id);", "SG301" },
        { "-- schemagate:no-transaction\nCREATE INDEX CONCURRENTLY i ON alerts (id);", "SG303" },
        { "REFRESH MATERIALIZED VIEW CONCURRENTLY totals;", "SG303" },
        { "CREATE TABLE t (id int);\nCREATE INDEX t_i ON t (id);\nDROP INDEX t_i;", "SG302" },
        { "-- schemagate:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS i;", "SG302" },
        { "ALTER TABLE alerts ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES b NOT VALID;", "SG304" },
        { "ALTER TABLE alerts ADD CONSTRAINT ck CHECK (level > 0) NOT VALID;", "SG305" },
        { "ALTER TABLE alerts VALIDATE CONSTRAINT fk;", "SG306" },
        { "CREATE TABLE t (id int, level int);\nALTER TABLE t ALTER COLUMN level SET NOT NULL;", "SG307" },
        { "ALTER TABLE alerts ALTER COLUMN level DROP NOT NULL;", "SG307" },
        { "ALTER TABLE alerts ADD COLUMN x int DEFAULT 0;", "SG308" },
        { "ALTER TABLE alerts ADD COLUMN created timestamptz NOT NULL DEFAULT now();", "SG308" },
        { "ALTER TABLE alerts ADD COLUMN created timestamptz DEFAULT CURRENT_TIMESTAMP;", "SG308" },
        { "ALTER TABLE alerts ALTER COLUMN token SET DEFAULT gen_random_uuid();", "SG308" },
        { "CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN r float8 DEFAULT random();", "SG308" },
        { "ALTER TABLE alerts ADD CONSTRAINT alerts_code_key UNIQUE USING INDEX alerts_code_idx;", "SG309" },
        { "ALTER TABLE alerts ADD CONSTRAINT alerts_pkey PRIMARY KEY USING INDEX alerts_id_idx;", "SG309" },
        { "ALTER TABLE alerts RENAME CONSTRAINT a TO b;", "SG310" },
        { "CREATE TABLE t (id int);\nALTER TABLE t RENAME COLUMN id TO key;", "SG310" },
        { "VACUUM ANALYZE alerts;", "SG311" },
        { "-- schemagate:no-transaction\nREINDEX TABLE CONCURRENTLY alerts;", "SG311" },
        { "BEGIN;\nALTER TABLE a ADD COLUMN b int;\nCOMMIT;", "SG312" },
        { "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;", "SG312" },
        { "CREATE TABLE events (id int, body jsonb, json jsonb);", "SG313" },
        { "ALTER TABLE events ADD COLUMN meta jsonb DEFAULT '{}'::json::jsonb;", "SG313" },
        { "SET lock_timeout = '5s';\nALTER TABLE alerts ADD COLUMN note text;", "SG314" },
        { "SET LOCAL lock_timeout TO '3s';\nDROP TABLE alerts;\nTRUNCATE b;", "SG314" },
        { "SELECT set_config('lock_timeout', '5s', true);\nALTER TABLE alerts RENAME TO notices;", "SG314" },
        { "SET SESSION lock_timeout = 5000;\nLOCK TABLE alerts IN ACCESS EXCLUSIVE MODE;", "SG314" },
        { "CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN n int;\nDROP TABLE t;", "SG314" },
        { "ALTER TABLE alerts ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES b NOT VALID;\nALTER TABLE alerts VALIDATE CONSTRAINT fk;", "SG314" },
        { "LOCK TABLE alerts IN SHARE MODE;\nLOCK TABLE b NOWAIT;\nCREATE INDEX i ON alerts (x);", "SG314" },
        { "-- schemagate:no-transaction\nDROP INDEX CONCURRENTLY i;", "SG314" },
        { "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN ALTER TABLE alerts DROP COLUMN x; END $$;", "SG314" },
    };

    [Theory]
    [MemberData(nameof(Flagged))]
    public void Script_is_flagged(string sql, string ruleId, int line, string? obj)
    {
        var findings = Scripts.Lint(sql).Where(f => f.RuleId == ruleId).ToList();
        Assert.Contains(findings, f => f.Line == line && f.Object == obj);
        var finding = findings.First(f => f.Line == line && f.Object == obj);
        Assert.Equal("migrations/0001_change.sql", finding.File);
        Assert.NotNull(finding.Column);
        Assert.False(string.IsNullOrWhiteSpace(finding.Help));
        Assert.Equal(ruleId.StartsWith("SG2", StringComparison.Ordinal) ? Findings.Severity.Error : Findings.Severity.Warning, finding.Severity);
    }

    [Theory]
    [MemberData(nameof(NotFlagged))]
    public void Script_is_not_flagged(string sql, string ruleId)
    {
        Assert.DoesNotContain(Scripts.Lint(sql), f => f.RuleId == ruleId);
    }

    [Fact]
    public void Every_static_rule_has_a_flagged_and_an_unflagged_case()
    {
        var flagged = Flagged.Select(row => (string)row[1]).ToHashSet();
        var clean = NotFlagged.Select(row => (string)row[1]).ToHashSet();
        foreach (var rule in SchemaGate.Rules.MigrationLinter.Rules)
        {
            Assert.Contains(rule.Rule.Id, flagged);
            Assert.Contains(rule.Rule.Id, clean);
        }
    }
}
