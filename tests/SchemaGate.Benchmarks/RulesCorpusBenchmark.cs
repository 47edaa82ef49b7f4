using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Findings;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Pipeline;
using SchemaGate.Policy;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Tests.Rules.CorpusFormat;

namespace SchemaGate.Benchmarks;

/// <summary>
/// Recall and false alarms of the rules on the rule corpus, per family: for each case, its folder's rule is what the case
/// is about. A failing case (the corpus expects that rule) is caught when the rule is reported; a passing case (it does not)
/// is a false alarm when the rule is reported anyway. Measured twice: the static rules alone (LintMigrations), and the
/// gate as DeployCheck runs it (static plus the traced run against a production holding the case's setup and rows).
/// </summary>
internal static class RulesCorpusBenchmark
{
    public const string Start = "<!-- rules-corpus:start -->";
    public const string End = "<!-- rules-corpus:end -->";

    private sealed record Outcome(CorpusCase Case, bool Static, bool Gate);

    public static async Task<string> RunAsync(LocalPostgresServer server, string work, CancellationToken ct)
    {
        var cases = Corpus.Load();
        var outcomes = new ConcurrentBag<Outcome>();
        var productions = new ConcurrentDictionary<string, Lazy<Task<DatabaseUrl>>>(StringComparer.Ordinal);
        var policy = new GatePolicy
        {
            Rules = RuleCatalog.All.Where(r => !r.EnabledByDefault)
                .ToDictionary(r => r.Id, r => new RuleSetting(r.Id, RuleLevel.Notice, 0), StringComparer.OrdinalIgnoreCase),
        };
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (@case, token) =>
        {
            var lint = CorpusLint.Run(@case).Any(f => f.RuleId == @case.Rule);
            var gate = lint;
            if (@case.TracedSkip is null)
            {
                var production = await productions.GetOrAdd(@case.Setup, s => new Lazy<Task<DatabaseUrl>>(() => ProductionAsync(server, work, s, token))).Value;
                gate = (await GateAsync(server, work, production, @case, policy, token)).Any(f => f.RuleId == @case.Rule);
            }
            outcomes.Add(new Outcome(@case, lint, gate));
        });
        foreach (var made in productions.Values) await server.DropDatabaseAsync(await made.Value, ct);
        return ToMarkdown(outcomes.ToList());
    }

    private static async Task<DatabaseUrl> ProductionAsync(LocalPostgresServer server, string work, string setup, CancellationToken ct)
    {
        var (schema, rows) = CorpusCase.Split(setup);
        var production = (await server.CreateDatabaseAsync("rulesprod", ct)).With(b => b.Pooling = false);
        var repo = Repository(work, [(CorpusLint.SetupFile, schema.Length > 0 ? schema : "SELECT 1;\n")]);
        try
        {
            var set = await MigrationSource.LoadAsync(Path.Combine(repo, "migrations"), repo, ct);
            var applied = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, set.Scripts, ct);
            if (!applied.Succeeded) throw new InvalidOperationException("a corpus setup does not apply: " + applied.Failure?.Describe());
            await using var conn = new NpgsqlConnection(production.ConnectionString);
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand(rows + "ANALYZE;", conn);
            await cmd.ExecuteNonQueryAsync(ct);
            return production;
        }
        finally
        {
            Directory.Delete(repo, true);
        }
    }

    private static async Task<IReadOnlyList<Finding>> GateAsync(LocalPostgresServer server, string work, DatabaseUrl production, CorpusCase @case,
        GatePolicy policy, CancellationToken ct)
    {
        var (schema, _) = @case.SplitSetup();
        var change = @case.ChangeScripts();
        var repo = Repository(work, [(CorpusLint.SetupFile, schema.Length > 0 ? schema : "SELECT 1;\n"), .. change]);
        try
        {
            await using var gate = new GatePipeline(new GateSettings
            {
                RepositoryRoot = repo,
                Ephemeral = new EphemeralOptions { Kind = EphemeralKind.Server, ServerUrl = server.AdminUrl },
                ProdUrl = production.ConnectionString,
                Policy = policy,
                Strict = true,
            }, new Redactor(), TextGateLog.Null);
            try { await gate.AppliedAsync(ct); } catch (Failures.GateRefusedException) { }
            try { await gate.DriftAsync(ct); } catch (Failures.GateRefusedException) { }
            var files = change.Select(c => "migrations/" + c.File).ToHashSet(StringComparer.Ordinal);
            return (await gate.ComposeAsync([])).Findings.Where(f => f.File is not null && files.Contains(f.File) && f.Suppressed is null).ToList();
        }
        finally
        {
            Directory.Delete(repo, true);
        }
    }

    private static string Repository(string work, IEnumerable<(string File, string Sql)> files)
    {
        var root = Path.Combine(work, "rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "migrations"));
        foreach (var (file, sql) in files) File.WriteAllText(Path.Combine(root, "migrations", file), sql);
        return root;
    }

    private static string ToMarkdown(IReadOnlyList<Outcome> outcomes)
    {
        static string Pct(int n, int of) => of == 0 ? "-" : $"{n}/{of} ({(100.0 * n / of).ToString("0.#", CultureInfo.InvariantCulture)}%)";
        var rows = new List<string>
        {
            "| Family | Failing cases | Caught statically | Caught by the gate | Passing cases | Flagged statically | Flagged by the gate |",
            "|---|---|---|---|---|---|---|",
        };
        var families = outcomes.GroupBy(o => RuleCatalog.Find(o.Case.Rule)!.Family).OrderBy(g => g.Key).ToList();
        foreach (var family in families.Select(g => (Name: Name(g.Key), Cases: g.ToList())).Append((Name: "all", Cases: outcomes.ToList())))
        {
            var bad = family.Cases.Where(o => o.Case.IsBad).ToList();
            var good = family.Cases.Where(o => !o.Case.IsBad).ToList();
            rows.Add($"| {family.Name} | {bad.Count} | {Pct(bad.Count(o => o.Static), bad.Count)} | {Pct(bad.Count(o => o.Gate), bad.Count)} | " +
                     $"{good.Count} | {Pct(good.Count(o => o.Static), good.Count)} | {Pct(good.Count(o => o.Gate), good.Count)} |");
        }
        var skipped = outcomes.Count(o => o.Case.TracedSkip is not null);
        return $"""
            {Start}
            ## Recall and false alarms on the corpus

            `dotnet run --project tests/SchemaGate.Benchmarks -c Release -- --only rules` ({outcomes.Count} cases in
            `tests/SchemaGate.Tests/Rules/Corpus`, {DateTime.UtcNow:yyyy-MM-dd}). Each case is about its folder's rule: a failing
            case expects it, a passing case does not. *Caught* counts failing cases where the rule was reported (recall), *flagged*
            passing cases where it was reported anyway (false alarms). *Statically*: LintMigrations alone. *By the gate*: the static
            rules plus the traced run against a production holding the case's setup and rows, findings judged (allows applied,
            advice rules on), as `DeployCheck --strict --prod-url` does ({skipped} case(s) that would change the shared server run statically only).
            The corpus is also the rules' test suite, so the gate's own columns are 100% and 0% by construction; the static columns
            show what the traced run adds (data loss and locks hidden in functions, DO blocks, EXECUTE and triggers, rewrites it
            withdraws or confirms).

            {string.Join("\n", rows)}
            {End}
            """;
    }

    private static string Name(RuleFamily family) => family switch
    {
        RuleFamily.DataLoss => "data loss",
        _ => family.ToString().ToLowerInvariant(),
    };

    /// <summary>Replaces the section between the markers in <paramref name="path"/> (appends it when missing).</summary>
    public static async Task WriteAsync(string path, string section, CancellationToken ct)
    {
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path, ct) : "";
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        text = start >= 0 && end > start
            ? text[..start] + section + text[(end + End.Length)..]
            : text.TrimEnd() + "\n\n" + section + "\n";
        await File.WriteAllTextAsync(path, text, ct);
    }
}
