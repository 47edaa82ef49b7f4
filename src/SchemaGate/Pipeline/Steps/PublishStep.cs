using SchemaGate.GitHub;
using SchemaGate.Judgement;
using SchemaGate.Reporting;
using SchemaGate.Security;

namespace SchemaGate.Pipeline.Steps;

/// <summary>The report of the run, and where its files were written (with report.md's text, for GitHub).</summary>
public sealed record PublishedReport(GateReport Report, WrittenReports Files);

/// <summary>Everything a report is composed from besides the run's findings: the judgement input and the context.</summary>
public sealed record ReportInputs(JudgementInput Judgement, GateContext Context);

/// <summary>
/// PublishGate: judges every finding once (allows, policy, scope), decides the verdict, writes report.json, report.md
/// and report.sarif, prints the verdict, and on GitHub Actions annotates, summarises, comments and sets the status. A
/// refusal is exit 1. The deploy targets call <see cref="WriteAsync"/> again after they changed production, so the
/// reports always say what happened to it.
/// </summary>
public sealed class PublishStep(GateSettings settings, Redactor redactor, IGateLog log)
{
    public static GateReport Compose(IReadOnlyList<Findings.Finding> findings, ReportInputs inputs) =>
        GateReport.From(Judge.Apply(findings, inputs.Judgement), inputs.Context);

    public async Task<StepOutcome<PublishedReport>> RunAsync(GateReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var files = await WriteAsync(report, ct).ConfigureAwait(false);
        new ConsoleReporter(redactor, log.Writer, settings.UseColour).Write(report);
        log.Line($"Reports: {settings.Relative(files.Paths.Json)}, {settings.Relative(files.Paths.Markdown)}, {settings.Relative(files.Paths.Sarif)}");
        await new GitHubPublisher(redactor, log.Writer).PublishAsync(GitHubPublication.From(report, files.Markdown), settings.Environment,
            new GitHubPublishOptions { Token = string.IsNullOrEmpty(settings.GitHubToken) ? null : settings.GitHubToken }, ct).ConfigureAwait(false);
        var refusal = report.Passed ? null
            : report.Context.FailedTargets.Count > 0
                ? $"the gate refused: the run is incomplete ({string.Join(", ", report.Context.FailedTargets)} did not finish); see {settings.Relative(files.Paths.Markdown)}"
                : report.Context.NothingChecked
                    ? $"the gate refused: nothing was checked (the migrations were not read); see {settings.Relative(files.Paths.Markdown)}"
                    : $"the gate refused: {report.Blocking.Count} blocking finding(s); see {settings.Relative(files.Paths.Markdown)}";
        return new StepOutcome<PublishedReport> { Result = new PublishedReport(report, files), Refusal = refusal };
    }

    /// <summary>The three files; also after Ctrl+C (the report must say what happened), so cancellation is not honoured here.</summary>
    public Task<WrittenReports> WriteAsync(GateReport report, CancellationToken ct) =>
        new ReportFiles(redactor, SarifFor(report)).WriteAsync(report, settings.ReportPath, ct);

    private SarifOptions SarifFor(GateReport report) =>
        SarifOptions.From(settings.Environment, report.Context.FirstScript);
}
