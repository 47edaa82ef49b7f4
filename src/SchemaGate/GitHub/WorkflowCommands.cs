using SchemaGate.Findings;
using SchemaGate.Security;

namespace SchemaGate.GitHub;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=...::message</c>, <c>::add-mask::</c>) written to the log.
/// Escaping follows the runner: in data % \r \n are encoded; in property values : and , too.
/// </summary>
public sealed class WorkflowCommands(TextWriter output, Redactor redactor)
{
    public static string EscapeData(string? value) => (value ?? "")
        .Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string EscapeProperty(string? value) => EscapeData(value)
        .Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>The annotation command for a finding: error, warning or notice, with its file, line, column and title.</summary>
    public static string Annotation(string level, string message, string? file = null, int? line = null, int? column = null, string? title = null)
    {
        var properties = new List<string>();
        if (file is not null) properties.Add("file=" + EscapeProperty(file));
        if (line is > 0) properties.Add("line=" + line.Value);
        if (column is > 0) properties.Add("col=" + column.Value);
        if (title is not null) properties.Add("title=" + EscapeProperty(title));
        var props = properties.Count == 0 ? "" : " " + string.Join(',', properties);
        return $"::{level}{props}::{EscapeData(message)}";
    }

    /// <summary>Writes a finding's annotation (see <see cref="Reporting.GitHubPublication.LogAnnotationOf"/>).</summary>
    public void Annotate(Finding finding, bool blocks) => Annotate(Reporting.GitHubPublication.LogAnnotationOf(finding, blocks));

    public void Annotate(LogAnnotation annotation) =>
        output.WriteLine(Annotation(annotation.Level, redactor.Redact(annotation.Message),
            annotation.File is null ? null : redactor.Redact(annotation.File), annotation.Line, annotation.Column,
            annotation.Title is null ? null : redactor.Redact(annotation.Title)));

    public void Warning(string message) => output.WriteLine(Annotation("warning", redactor.Redact(message)));

    /// <summary>Asks the runner to hide a value in every later log line. The line itself is hidden by the runner.</summary>
    public void AddMask(string secret)
    {
        if (!string.IsNullOrEmpty(secret)) output.WriteLine("::add-mask::" + EscapeData(secret));
    }

    /// <summary>Masks every secret the redactor knows now, and each one it learns later.</summary>
    public void MaskSecretsOf(Redactor source)
    {
        foreach (var secret in source.Secrets) AddMask(secret);
        source.SecretAdded += AddMask;
    }
}
