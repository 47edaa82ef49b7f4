using System.Diagnostics;
using SchemaGate.Configuration;
using SchemaGate.Judgement;
using SchemaGate.Reporting;
using SchemaGate.Security;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// ValidateConfig: resolves and checks every connection setting, reaches production (read-only) and development.
/// Unusable settings end the run with exit 2; a database that is not the expected one is a refusal (exit 1).
/// </summary>
public sealed class ConfigStep(ConfigOptions options, Redactor redactor, IGateLog log)
{
    public async Task<StepOutcome<ConfigResult>> RunAsync(CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var result = await new ConfigValidator(options, redactor).ValidateAsync(ct).ConfigureAwait(false);
        foreach (var note in result.Notes) log.Line(note);
        foreach (var finding in result.Findings.Where(f => !Judge.IsBlocking(f, strict: false)))
            log.Line($"  {finding.RuleId} {ReportText.Severity(finding.Severity)}: {finding.Message}");
        var blocking = result.Findings.Where(f => Judge.IsBlocking(f, strict: false)).ToList();
        return new StepOutcome<ConfigResult>
        {
            Result = result,
            Findings = result.Findings,
            Checked = result.ChecksDone,
            NotChecked = result.ChecksNotDone,
            Timings = [new Timing("validate config", sw.Elapsed)],
            Ran = Findings.Analyses.Config,
            UsageError = result.ParameterProblems.Count > 0
                ? string.Join(" ", result.ParameterProblems)
                : result.SettingsUnusable
                    ? string.Join(" ", result.Findings.Where(result.IsUsageProblem).Select(f => $"{f.RuleId}: {f.Message}"))
                    : null,
            Refusal = blocking.Count == 0 ? null : "configuration refused: " + string.Join(" ", blocking.Select(f => $"{f.RuleId}: {f.Message}")),
        };
    }
}
