using SchemaGate.Security;

namespace SchemaGate.Reporting;

/// <summary>The three report files of a run, once written.</summary>
public sealed record ReportPaths(string Directory, string Json, string Markdown, string Sarif);

/// <summary>The files written, and report.md's text (the PR comment, the step summary and the drift issue use it as it is).</summary>
public sealed record WrittenReports(ReportPaths Paths, string Markdown);

/// <summary>Writes report.json, report.md and report.sarif into the report folder (default artifacts/schemagate/).</summary>
public sealed class ReportFiles(Redactor redactor, SarifOptions? sarifOptions = null)
{
    public const string DefaultDirectory = "artifacts/schemagate";
    public const string JsonName = "report.json";
    public const string MarkdownName = "report.md";
    public const string SarifName = "report.sarif";

    public async Task<WrittenReports> WriteAsync(GateReport report, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var paths = new ReportPaths(directory,
            Path.Combine(directory, JsonName), Path.Combine(directory, MarkdownName), Path.Combine(directory, SarifName));
        var markdown = new ReportMarkdownWriter(redactor).Render(report);
        await File.WriteAllTextAsync(paths.Json, new ReportJsonWriter(redactor).Render(report), cancellationToken);
        await File.WriteAllTextAsync(paths.Markdown, markdown, cancellationToken);
        await File.WriteAllTextAsync(paths.Sarif, new SarifWriter(redactor, sarifOptions).Render(report), cancellationToken);
        return new WrittenReports(paths, markdown);
    }
}
