namespace SchemaGate.Findings;

/// <summary>
/// A documented check. Ids are stable forever (families: SG0xx configuration, SG1xx history, SG2xx data
/// loss, SG3xx locking, SG4xx drift, SG5xx seeding); each has a page at docs/rules/&lt;id&gt;.md.
/// </summary>
public sealed record Rule(string Id, string Title, Severity DefaultSeverity, string Summary, string Help)
{
    public string DocPath => $"docs/rules/{Id}.md";

    /// <summary>A finding of this rule at its default severity.</summary>
    public Finding Report(string message, string? file = null, int? line = null, int? column = null, string? obj = null) => new()
    {
        RuleId = Id,
        Severity = DefaultSeverity,
        Title = Title,
        Message = message,
        File = file,
        Line = line,
        Column = column,
        Object = obj,
        Help = Help,
    };
}
