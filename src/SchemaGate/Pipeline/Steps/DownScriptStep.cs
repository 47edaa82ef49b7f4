using System.Diagnostics;
using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Reporting;
using SchemaGate.Rollback;

namespace SchemaGate.Pipeline.Steps;

/// <summary>CheckDownScripts: for each script with a down script, up, down, the same schema as before up, up again (SG113-SG115).</summary>
public sealed class DownScriptStep(GateSettings settings, IGateLog log)
{
    public async Task<StepOutcome<DownCheckResult>> RunAsync(EphemeralDatabase database, MigrationSet set, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(set);
        var sw = Stopwatch.StartNew();
        var result = await new DownScriptCheck(database.Server, settings.Runner, settings.Snapshot with { Filter = Catalog.SnapshotFilter.None }, settings.Diff)
            .RunAsync(set.Scripts, ct).ConfigureAwait(false);
        log.Line($"Down scripts: {result.WithDownScript} checked (up, down, same schema, up again), {result.Passed.Count} passed, " +
                 $"{result.Findings.Count} finding(s), {sw.Elapsed.TotalSeconds:0.00} s.");
        foreach (var finding in result.Findings) log.Line($"  {finding.RuleId} {finding.File}: {finding.Title}");
        var notChecked = new List<string>();
        if (result.StoppedEarly is { } why)
        {
            log.Line("  stopped early: " + why);
            notChecked.Add("some down scripts not checked: " + why);
        }
        return new StepOutcome<DownCheckResult>
        {
            Result = result,
            Findings = result.Findings,
            Checked = result.WithDownScript > 0
                ? [$"{result.WithDownScript} down script(s) run after their up script: {result.Passed.Count} restored the schema and allowed up again"]
                : [],
            NotChecked = notChecked,
            Timings = [new Timing("down scripts", sw.Elapsed)],
            Ran = Analyses.DownScripts,
        };
    }
}
