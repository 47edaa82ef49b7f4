using SchemaGate.Findings;

namespace SchemaGate.Reporting;

/// <summary>Small wordings shared by every reporter, so the console, markdown and SARIF agree.</summary>
public static class ReportText
{
    public static string Severity(Severity severity) => severity switch
    {
        Findings.Severity.Error => "error",
        Findings.Severity.Warning => "warning",
        _ => "notice",
    };

    public static string Verdict(Verdict verdict) => verdict == Reporting.Verdict.Pass ? "pass" : "fail";

    /// <summary>The directive that accepts a finding, for the "how to allow" column.</summary>
    public static string AllowDirective(string ruleId) => $"-- schemagate:allow {ruleId} reason=\"...\"";

    public static string DocLink(string ruleId) => $"docs/rules/{ruleId}.md";

    /// <summary>The message, followed by a note when the policy file changed the finding's severity.</summary>
    public static string MessageWithPolicy(Finding finding) => finding.Policy is { } p
        ? $"{finding.Message} ({(p.To > p.From ? "raised" : "lowered")} from {Severity(p.From)} to {Severity(p.To)} by " +
          $"{(p.File is null ? "the policy" : p.Line is null ? p.File : $"{p.File}:{p.Line}")})"
        : finding.Message;

    public static string Duration(TimeSpan duration) => duration.TotalSeconds < 1
        ? $"{duration.TotalMilliseconds:0} ms"
        : $"{duration.TotalSeconds:0.0} s";
}
