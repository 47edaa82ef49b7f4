using System.Diagnostics;
using System.Numerics;
using SchemaGate.Baseline;
using SchemaGate.Connections;
using SchemaGate.Drift;
using SchemaGate.Failures;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Reporting;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// Baseline: records the scripts up to a version as applied in a production built without SchemaGate, after checking
/// that production's schema equals the ephemeral database at that version; otherwise a refusal listing the differences.
/// </summary>
public sealed class BaselineStep(GateSettings settings, IGateLog log)
{
    public async Task<StepOutcome<BaselineResult>> RunAsync(DatabaseUrl production, BigInteger version, EphemeralDatabase database, MigrationSet set, CancellationToken ct)
    {
        var blocking = set.Findings.Where(f => Judgement.Judge.IsBlocking(f, strict: false)).ToList();
        if (blocking.Count > 0)
            throw new GateRefusedException($"Baseline refused: the migration files have {blocking.Count} blocking finding(s), first {blocking[0].RuleId} {blocking[0].Location}.");

        var sw = Stopwatch.StartNew();
        var options = new DriftOptions { Runner = settings.Runner, Filter = settings.Filter, Session = settings.Session };
        var result = await new ProductionBaseline(database.Server, options).RunAsync(production, set, version, ct).ConfigureAwait(false);
        var outcome = new StepOutcome<BaselineResult> { Result = result, Timings = [new Timing("baseline", sw.Elapsed)] };

        if (result.Failure is { } failure)
        {
            return outcome with
            {
                Findings = [RunnerRules.MigrationFailed.Report("Building the baseline on the ephemeral server failed: " + failure.Describe(),
                    failure.Script.RelativePath, failure.Line, failure.Column)],
                Refusal = $"Baseline refused: {failure.Script.RelativePath}:{failure.Line}:{failure.Column}: {failure.ServerMessage}",
            };
        }
        if (!result.Recorded)
        {
            log.Line($"Production {production.Display} differs from the migrations up to {version} in {result.Differences.Count} way(s); nothing was recorded:");
            foreach (var change in result.Differences) log.Line("  " + DriftFindings.Describe(change));
            return outcome with
            {
                Findings = result.Differences.Select(DriftFindings.For).ToArray(),
                Refusal = $"Baseline refused: production differs from the migrations up to {version} ({result.Differences.Count} difference(s)): " +
                          string.Join("; ", result.Differences.Take(10).Select(DriftFindings.Describe)) + (result.Differences.Count > 10 ? "; ..." : ""),
            };
        }
        log.Line($"Baseline recorded in production {production.Display}: {result.Scripts.Count} script(s) up to {version} marked as applied " +
                 $"({string.Join(", ", result.Scripts.Select(s => s.FileName))}).");
        return outcome with { Checked = [$"baseline: production matched the migrations up to {version}; {result.Scripts.Count} script(s) recorded"] };
    }
}
