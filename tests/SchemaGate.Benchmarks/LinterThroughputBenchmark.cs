using System.Diagnostics;
using System.Globalization;
using System.Text;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules;
using SchemaGate.Sql;

namespace SchemaGate.Benchmarks;

/// <summary>
/// Static linting throughput: about <c>megabytes</c> MB of generated, varied migration SQL (tables, indexes,
/// multi-action ALTER TABLEs, DML with and without WHERE, functions and DO blocks with dollar-quoted bodies,
/// comments, quoted identifiers, strings) split into 100 KB scripts, each lexed (<see cref="SqlScript.Parse"/>),
/// its directives read, and all SG2xx/SG3xx rules run (<see cref="MigrationLinter.Lint(MigrationSet)"/>).
/// The best of <c>runs</c> timed passes after one warm-up pass, in MB/s (MB = 10^6 UTF-16 chars of SQL text).
/// </summary>
internal sealed record LinterThroughputBenchmark(long Chars, int Scripts, int Findings, double BestMs, double MedianMs, double AloneBestMs, int AloneFindings)
{
    public double BestMbPerSecond => Chars / 1e6 / (BestMs / 1000);

    public static LinterThroughputBenchmark Run(int megabytes = 100, int runs = 3)
    {
        var texts = Generate(megabytes * 1_000_000L, seed: 20261121);
        var chars = texts.Sum(t => (long)t.Length);
        var findings = LintAll(texts);
        var times = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var sw = Stopwatch.StartNew();
            var count = LintAll(texts);
            times.Add(sw.Elapsed.TotalMilliseconds);
            if (count != findings) throw new InvalidOperationException($"Linting is not deterministic: {count} findings, then {findings}.");
        }
        times.Sort();
        // For comparison: each script linted on its own (no script sees what the others declare), best of the same passes.
        var alone = double.MaxValue;
        var aloneFindings = 0;
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            aloneFindings = LintEachAlone(texts);
            alone = Math.Min(alone, sw.Elapsed.TotalMilliseconds);
        }
        return new LinterThroughputBenchmark(chars, texts.Count, findings, times[0], times[times.Count / 2], alone, aloneFindings);
    }

    /// <summary>Runs the benchmark, prints its table and returns it as markdown (one line in Program.cs).</summary>
    public static string RunAndDescribe()
    {
        var text = Run().ToMarkdown();
        Console.WriteLine(text);
        return text;
    }

    /// <summary>
    /// Parses every script and lints them as one set, as LintMigrations does: rules read what earlier scripts declare,
    /// so linting scripts one by one would hide any cost that grows with the set.
    /// </summary>
    private static int LintAll(IReadOnlyList<string> texts)
    {
        var scripts = new List<MigrationScript>(texts.Count);
        for (var i = 0; i < texts.Count; i++) scripts.Add(Script(texts, i));
        return MigrationLinter.Lint(new MigrationSet(scripts, [])).Count;
    }

    private static int LintEachAlone(IReadOnlyList<string> texts)
    {
        var total = 0;
        for (var i = 0; i < texts.Count; i++) total += MigrationLinter.Lint(Script(texts, i)).Count;
        return total;
    }

    /// <summary>The <paramref name="i"/>th text lexed, its directives read, as a migration script.</summary>
    private static MigrationScript Script(IReadOnlyList<string> texts, int i)
    {
        var sql = SqlScript.Parse(texts[i]);
        var file = $"{i + 1:00000}_generated.sql";
        return new MigrationScript(i + 1, "generated", file, "migrations/" + file, texts[i], "-", sql, ScriptDirectives.From(sql), null);
    }

    /// <summary>Deterministic SQL in scripts of about 100 KB, <paramref name="totalChars"/> in all.</summary>
    public static IReadOnlyList<string> Generate(long totalChars, int seed)
    {
        var random = new Random(seed);
        var scripts = new List<string>();
        var sb = new StringBuilder(110_000);
        long produced = 0;
        var n = 0;
        while (produced < totalChars)
        {
            sb.Clear();
            if (random.Next(10) == 0) sb.Append("-- schemagate:no-transaction\n");
            while (sb.Length < 100_000) AppendStatement(sb, random, n++);
            produced += sb.Length;
            scripts.Add(sb.ToString());
        }
        return scripts;
    }

    private static readonly string[] Types = ["bigint", "integer", "text", "varchar(200)", "timestamptz", "numeric(12, 2)", "boolean", "jsonb", "uuid", "json"];

    private static void AppendStatement(StringBuilder sb, Random r, int n)
    {
        var table = r.Next(4) == 0 ? $"\"Tbl{n % 97}\"" : $"app.t{n % 211}";
        var ci = CultureInfo.InvariantCulture;
        switch (r.Next(12))
        {
            case 0:
                sb.Append(ci, $"/* table {n} */\nCREATE TABLE IF NOT EXISTS {table}_{n} (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n");
                for (var c = 0; c < 3 + r.Next(8); c++)
                    sb.Append(ci, $"    col_{c} {Types[r.Next(Types.Length)]}{(r.Next(3) == 0 ? " NOT NULL" : "")}{(r.Next(4) == 0 ? " DEFAULT 0" : "")}, -- column {c}\n");
                sb.Append("    created_at timestamptz NOT NULL DEFAULT now()\n);\n");
                break;
            case 1:
                sb.Append(ci, $"CREATE {(r.Next(3) == 0 ? "UNIQUE " : "")}INDEX {(r.Next(2) == 0 ? "CONCURRENTLY " : "")}IF NOT EXISTS ix_{n} ON {table} USING btree (col_{r.Next(5)}, created_at DESC) WHERE deleted_at IS NULL;\n");
                break;
            case 2:
                sb.Append(ci, $"ALTER TABLE ONLY {table}\n    ADD COLUMN IF NOT EXISTS c{n} {Types[r.Next(Types.Length)]} DEFAULT {(r.Next(5) == 0 ? "gen_random_uuid()" : "0")},\n    ALTER COLUMN col_1 SET NOT NULL,\n    DROP COLUMN IF EXISTS old_{n} CASCADE;\n");
                break;
            case 3:
                sb.Append(ci, $"ALTER TABLE {table} ADD CONSTRAINT fk_{n} FOREIGN KEY (parent_id) REFERENCES app.parents (id) ON DELETE CASCADE NOT VALID;\n");
                sb.Append(ci, $"ALTER TABLE {table} ADD CONSTRAINT ck_{n} CHECK (amount >= 0 AND status IN ('open', 'closed', 'it''s done'));\n");
                break;
            case 4:
                sb.Append(ci, $"INSERT INTO app.settings (key, value, note) VALUES ('k{n}', '{{\"a\": {n}, \"b\": [1, 2, 3]}}'::jsonb, E'line\\nnext'), ('x{n}', 'null', $$dollar 'quoted' {n}$$)\nON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;\n");
                break;
            case 5:
                sb.Append(ci, $"UPDATE {table} SET status = 'closed', updated_at = now() FROM app.batches b WHERE b.id = {table}.batch_id AND b.n = {n};\n");
                if (r.Next(4) == 0) sb.Append(ci, $"DELETE FROM {table} USING app.gone g WHERE g.id = {table}.id;\n");
                break;
            case 6:
                sb.Append(ci, $"CREATE OR REPLACE FUNCTION app.f_{n}(p_id bigint, p_name text DEFAULT 'x')\nRETURNS integer\nLANGUAGE plpgsql\nAS $fn$\nDECLARE\n    v integer := 0;\nBEGIN\n    -- body {n}\n    UPDATE app.t SET x = x + 1;\n    DELETE FROM app.log;\n    SELECT count(*) INTO v FROM app.t WHERE id = p_id AND name <> 'a;b';\n    RETURN v;\nEND;\n$fn$;\n");
                break;
            case 7:
                sb.Append(ci, $"DO $$\nBEGIN\n    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood_{n}') THEN\n        CREATE TYPE mood_{n} AS ENUM ('sad', 'ok', 'happy');\n    END IF;\n    EXECUTE 'DROP TABLE IF EXISTS old_' || {n};\nEND\n$$;\n");
                break;
            case 8:
                sb.Append(ci, $"COMMENT ON TABLE {table} IS 'Table number {n}: holds the \"things\" -- not a comment';\nCOMMENT ON COLUMN {table}.col_1 IS NULL;\n");
                break;
            case 9:
                sb.Append(ci, $"SET lock_timeout = '5s';\nALTER TABLE {table} RENAME COLUMN a{n} TO b{n};\nALTER TABLE {table} ALTER COLUMN col_2 TYPE bigint USING col_2::bigint;\n");
                break;
            case 10:
                sb.Append(ci, $"CREATE VIEW app.v_{n} AS\nSELECT t.id, t.col_1 || ' ' || t.col_2 AS label, count(*) OVER (PARTITION BY t.col_3) AS n\nFROM {table} t JOIN app.parents p ON p.id = t.parent_id\nWHERE t.created_at > now() - interval '30 days';\n");
                break;
            default:
                sb.Append(ci, $"GRANT SELECT, INSERT ON {table} TO app_reader;\nDROP INDEX IF EXISTS ix_{n - 5};\n{(r.Next(20) == 0 ? $"TRUNCATE TABLE ONLY {table} RESTART IDENTITY;\n" : "")}");
                break;
        }
        sb.Append('\n');
    }

    public string ToMarkdown() =>
        $"## Static rules over {Chars / 1e6:0} MB of generated migration SQL\n\n" +
        $"{Scripts:N0} generated scripts of about 100 KB (tables, indexes, multi-action ALTER TABLE, DML, functions and DO blocks, comments), " +
        "each lexed, its directives read and every SG2xx/SG3xx rule run over the scripts as one set, as LintMigrations does (rules read what " +
        "earlier scripts declare); best of 3 passes after a warm-up. For comparison, each script linted on its own, as the benchmark did before " +
        "2026-11-29 (where the 50 MB/s target was set, before rules read across scripts).\n\n" +
        "| measure | value |\n|---|---|\n" +
        $"| findings | {Findings:N0} |\n" +
        $"| best pass | {BestMs:0} ms |\n" +
        $"| median pass | {MedianMs:0} ms |\n" +
        $"| throughput | **{BestMbPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} MB/s** (target >= 50) |\n" +
        $"| each script on its own: best pass, findings | {AloneBestMs:0} ms ({(Chars / 1e6 / (AloneBestMs / 1000)).ToString("0.0", CultureInfo.InvariantCulture)} MB/s), {AloneFindings:N0} findings |\n";
}
