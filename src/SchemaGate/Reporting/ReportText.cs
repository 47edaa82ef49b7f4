using SchemaGate.Findings;
using SchemaGate.Judgement;

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

    public static string Verdict(Verdict verdict) => verdict == Judgement.Verdict.Pass ? "pass" : "fail";

    /// <summary>An enum value as report.json spells statuses: <c>JournalMoved</c> -> <c>journal-moved</c>.</summary>
    public static string Kebab<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('-');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    /// <summary>The directive that accepts a finding, for the "how to allow" column.</summary>
    public static string AllowDirective(string ruleId) => $"-- schemagate:allow {ruleId} reason=\"...\"";

    public static string DocLink(string ruleId) => $"docs/rules/{ruleId}.md";

    public static string Duration(TimeSpan duration) => duration.TotalSeconds < 1
        ? $"{duration.TotalMilliseconds:0} ms"
        : $"{duration.TotalSeconds:0.0} s";
}
