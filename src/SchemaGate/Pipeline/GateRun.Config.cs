using System.Diagnostics;
using System.Numerics;
using SchemaGate.Catalog;
using SchemaGate.Configuration;
using SchemaGate.Connections;
using SchemaGate.Drift;
using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.Reporting;

namespace SchemaGate.Pipeline;

/// <summary>ValidateConfig and Baseline: is production the database we think it is, and adopting one built without SchemaGate.</summary>
public sealed partial class GateRun
{
    /// <summary>Set by ValidateConfig: the settings, fingerprints and contents it found.</summary>
    public ConfigResult? Config { get; private set; }

    /// <summary>For report.json's context: the environment and the fingerprints ValidateConfig saw.</summary>
    public ConfigurationSummary? ConfigurationSummary => Config is null ? null : new ConfigurationSummary(
        Config.Environment.ToString().ToLowerInvariant(),
        Config.ProductionUrl?.Display, Config.Production?.Text, Config.Production?.ServerVersion,
        Config.DevelopmentUrl?.Display, Config.Development?.Text);

    /// <summary>
    /// ValidateConfig: resolves and checks every connection setting, reaches production (read-only) and development.
    /// Unusable settings are findings and exit 2; a database that is not the expected one is a blocking finding (exit 1).
    /// </summary>
    public async Task<ConfigResult> ValidateConfigAsync(ConfigOptions options, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var result = await new ConfigValidator(options, Redactor).ValidateAsync(ct).ConfigureAwait(false);
        _timings.Add(new Timing("validate config", sw.Elapsed));
        Config = result;
        Findings.AddRange(result.Findings);
        if (result.Production is { } prod) ProductionVersion = prod.ServerVersion;
        foreach (var note in result.Notes) output.WriteLine(note);
        foreach (var text in result.ChecksDone) CheckDone(text);
        foreach (var text in result.ChecksNotDone) CheckNotDone(text);
        foreach (var finding in result.Findings.Where(f => !f.Blocks)) output.WriteLine($"  {finding.RuleId} {finding.Severity.ToString().ToLowerInvariant()}: {finding.Message}");

        if (result.SettingsUnusable)
            throw new UsageException(string.Join(" ", result.Findings
                .Where(f => ConfigResult.UsageRules.Any(r => r.Id == f.RuleId)).Select(f => $"{f.RuleId}: {f.Message}")));
        if (result.Blocking)
            throw new GateRefusedException("configuration refused: " + string.Join(" ", result.Findings.Where(f => f.Blocks).Select(f => $"{f.RuleId}: {f.Message}")));
        return result;
    }

    /// <summary>
    /// Baseline: records the scripts up to <paramref name="version"/> as applied in production, after checking that
    /// production's schema equals the ephemeral database at that version; otherwise exit 1 listing the differences.
    /// </summary>
    public async Task<BaselineResult> BaselineAsync(DatabaseUrl? prodUrl, BigInteger? version, SnapshotFilter filter, CancellationToken ct)
    {
        if (prodUrl is null) throw new UsageException("Baseline needs production: give --prod-url, PROD_URL or DATABASE_URL.");
        if (version is not { } n) throw new UsageException("Baseline needs --baseline-version N: the last migration production already has.");
        if (Server is null) throw new InvalidOperationException("Baseline needs SpinUpEphemeralDb first.");
        var set = Migrations ?? await LoadMigrationsAsync(ct).ConfigureAwait(false);
        var blocking = set.Findings.Where(f => f.Blocks).ToList();
        if (blocking.Count > 0)
            throw new GateRefusedException($"Baseline refused: the migration files have {blocking.Count} blocking finding(s), first {blocking[0].RuleId} {blocking[0].Location}.");

        var sw = Stopwatch.StartNew();
        var options = new DriftOptions { Runner = Settings.Runner, Filter = filter, ConnectTimeout = Settings.ConnectTimeout };
        var result = await new ProductionBaseline(Server, options).RunAsync(prodUrl, set, n, ct).ConfigureAwait(false);
        _timings.Add(new Timing("baseline", sw.Elapsed));

        if (result.Failure is { } failure)
        {
            Findings.Add(HistoryRules.MigrationFailed.Report(
                "Building the baseline on the ephemeral server failed: " + failure.Describe(), failure.Script.RelativePath, failure.Line, failure.Column));
            throw new GateRefusedException($"Baseline refused: {failure.Script.RelativePath}:{failure.Line}:{failure.Column}: {failure.ServerMessage}");
        }
        if (!result.Recorded)
        {
            Findings.AddRange(result.Differences.Select(DriftFindings.For));
            output.WriteLine($"Production {prodUrl.Display} differs from the migrations up to {n} in {result.Differences.Count} way(s); nothing was recorded:");
            foreach (var change in result.Differences) output.WriteLine("  " + DriftFindings.Describe(change));
            throw new GateRefusedException(
                $"Baseline refused: production differs from the migrations up to {n} ({result.Differences.Count} difference(s)): " +
                string.Join("; ", result.Differences.Take(10).Select(DriftFindings.Describe)) + (result.Differences.Count > 10 ? "; ..." : ""));
        }
        output.WriteLine($"Baseline recorded in production {prodUrl.Display}: {result.Scripts.Count} script(s) up to {n} marked as applied " +
                         $"({string.Join(", ", result.Scripts.Select(s => s.FileName))}).");
        CheckDone($"baseline: production matched the migrations up to {n}; {result.Scripts.Count} script(s) recorded");
        return result;
    }
}
