using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Generation;
using SchemaGate.IntegrationTests.Catalog;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

namespace SchemaGate.IntegrationTests.Generation;

/// <summary>
/// Runs one corpus case: source and target DDL into fresh databases, a migration generated from their snapshots,
/// applied to the source database with SchemaGate's runner (the main script in a transaction, then the online one),
/// and the source's snapshot compared with the target's again. Returns what went wrong, or null.
/// </summary>
internal static class CorpusRun
{
    /// <summary>The runner's journal lives in a schema of its own, left out of every snapshot here.</summary>
    public static readonly JournalOptions Journal = new("sg_journal", "applied");

    public static SnapshotOptions Snapshot { get; } = new()
    {
        Filter = new SnapshotFilter([], ["sg_journal"], []),
        JournalTable = "sg_journal.applied",
        MaxConnections = 1,
    };

    /// <param name="scoped">also let the generator validate the case itself on a partial copy of the source (what large sources get).</param>
    public static async Task<string?> RunAsync(PostgresServerFixture server, CorpusCase c, CaseRoles? roles, bool online, CancellationToken ct,
        bool scoped = false)
    {
        var from = roles?.Apply(c.From) ?? c.From;
        var to = roles?.Apply(c.To) ?? c.To;
        await using var a = await CaseDatabase.CreateAsync(server, "gen-a", from, ct);
        await using var b = await CaseDatabase.CreateAsync(server, "gen-b", to, ct);
        var source = await a.SnapshotAsync(Snapshot, ct);
        var target = await b.SnapshotAsync(Snapshot, ct);
        if (scoped)
        {
            await using var generator = GenerationFixture.Generator(server, copy: ValidationCopy.Scoped);
            var result = await generator.GenerateAsync(new DatabaseSource(a.Url), new DatabaseSource(b.Url), ct);
            if (!result.Validation.Passed) return "not validated on a partial copy:\n" + result.Scripts.Main.Text;
            if (result.HasChanges && !result.Validation.CopyMethod.StartsWith("a partial copy", StringComparison.Ordinal))
                return "not validated on a partial copy: " + result.Validation.CopyMethod;
        }
        var plan = MigrationPlanner.Plan(source, target, online);
        var scripts = ScriptWriter.Render(plan, ["corpus case " + c.Id]);

        var applied = await ApplyAsync(a.Url, scripts, ct);
        var text = scripts.Main.Text + (scripts.Online is { } o ? "\n" + o.Text : "");
        if (applied is not null) return $"{applied}\n{text}";
        var after = await a.SnapshotAsync(Snapshot, ct);
        var left = SchemaDiff.Compare(after, target, DiffOptions.Default);
        if (left.Count > 0)
            return "differences remain:\n  " + string.Join("\n  ", left.Select(d => SchemaGate.Drift.DriftFindings.Describe(d))) + "\n" + text;
        if (plan.IsEmpty != (SchemaDiff.Compare(source, target, DiffOptions.Default).Count == 0))
            return "the plan is empty although the schemas differ (or the other way round)\n" + text;
        return null;
    }

    public static async Task<string?> ApplyAsync(DatabaseUrl database, RenderedScripts scripts, CancellationToken ct)
    {
        var runner = new MigrationRunner(new MigrationRunnerOptions { Journal = Journal });
        var list = new List<MigrationScript> { Script(1, "generated", scripts.Main.Text) };
        if (scripts.Online is { } online) list.Add(Script(2, "generated_online", online.Text));
        var result = await runner.ApplyAsync(database, list, ct);
        return result.Failure?.Describe();
    }

    public static MigrationScript Script(int version, string name, string text)
    {
        var sql = SqlScript.Parse(text);
        return new MigrationScript(version, name, $"{version:0000}_{name}.sql", $"generated/{version:0000}_{name}.sql", text,
            ScriptChecksum.Of(text), sql, ScriptDirectives.From(sql), null);
    }
}
