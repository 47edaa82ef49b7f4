using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Drift;
using SchemaGate.Failures;
using SchemaGate.Reporting;
using SchemaGate.Rollback;

namespace SchemaGate.Pipeline;

/// <summary>CheckDownScripts (every down script tried on the ephemeral server) and Rollback (down scripts run on production).</summary>
public sealed partial class GateRun
{
    /// <summary>Set by CheckDownScripts.</summary>
    public DownCheckResult? DownScripts { get; private set; }

    /// <summary>CheckDownScripts: up, down, same schema as before up, up again; SG113-SG115 on failure.</summary>
    public async Task CheckDownScriptsAsync(CancellationToken ct)
    {
        if (Server is null) throw new InvalidOperationException("CheckDownScripts needs SpinUpEphemeralDb first.");
        var set = await LoadMigrationsAsync(ct).ConfigureAwait(false);
        var sw = Stopwatch.StartNew();
        var snapshot = new DriftOptions { Runner = Settings.Runner }.Snapshot;
        var result = await new DownScriptCheck(Server, Settings.Runner, snapshot, DiffOptions.Default).RunAsync(set.Scripts, ct).ConfigureAwait(false);
        _timings.Add(new Timing("down scripts", sw.Elapsed));
        DownScripts = result;
        Findings.AddRange(DownScriptAllows.Apply(result.Findings, set.Scripts));

        output.WriteLine($"Down scripts: {result.WithDownScript} checked (up, down, same schema, up again), {result.Passed.Count} passed, " +
                         $"{result.Findings.Count} finding(s), {sw.Elapsed.TotalSeconds:0.00} s.");
        foreach (var finding in result.Findings) output.WriteLine($"  {finding.RuleId} {finding.File}: {finding.Title}");
        if (result.StoppedEarly is { } why)
        {
            output.WriteLine("  stopped early: " + why);
            CheckNotDone("some down scripts not checked: " + why);
        }
        if (result.WithDownScript > 0)
            CheckDone($"{result.WithDownScript} down script(s) run after their up script: {result.Passed.Count} restored the schema and allowed up again");
    }

    /// <summary>Rollback --to N: the down scripts of the applied scripts above N, newest first, on production.</summary>
    public async Task<RollbackResult> RollbackAsync(DatabaseUrl? prodUrl, string? to, CancellationToken ct) =>
        await RollbackAsync(prodUrl, to, backup: null, ct).ConfigureAwait(false);

    /// <summary>Rollback --to N; with <paramref name="backup"/>, a verified backup is taken once the plan is accepted, before any down script.</summary>
    public async Task<RollbackResult> RollbackAsync(DatabaseUrl? prodUrl, string? to, SchemaGate.Production.DeployOptions? backup, CancellationToken ct)
    {
        if (prodUrl is null) throw new UsageException("Rollback needs production: give --prod-url (or PROD_URL).");
        var target = ParseVersion(to);
        var set = await LoadMigrationsAsync(ct).ConfigureAwait(false);
        output.WriteLine($"Rolling back production {prodUrl.Display} to version {target} (session '{RollbackOptions.ApplicationName}', migration lock, " +
                         $"lock_timeout {Settings.Runner.LockTimeout.TotalSeconds:0.#} s).");
        var sw = Stopwatch.StartNew();
        var result = await new ProductionRollback(new RollbackOptions { Runner = Settings.Runner, ConnectTimeout = Settings.ConnectTimeout })
            .RunAsync(prodUrl, set, target, output, ct, Server is null ? null
                : new RollbackRehearsal(Server, Settings.Runner, new DriftOptions { Runner = Settings.Runner }.Snapshot),
                backup is null ? null : async c => await TakeBackupAsync(prodUrl, backup, c).ConfigureAwait(false)).ConfigureAwait(false);
        if (result.RolledBack.Count > 0)
            output.WriteLine($"Production is at version {target}: {result.RolledBack.Count} script(s) rolled back in {sw.Elapsed.TotalSeconds:0.00} s.");
        return result;
    }

    private static BigInteger ParseVersion(string? to)
    {
        if (string.IsNullOrWhiteSpace(to)) throw new UsageException("Rollback needs --to <version>: the applied version to go back to.");
        return BigInteger.TryParse(to.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new UsageException($"--to '{to}' is not a migration version (digits, e.g. --to 5 or --to 0005).");
    }
}
