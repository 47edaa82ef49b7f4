namespace SchemaGate.Findings;

/// <summary>
/// One thing the gate noticed. Every target adds to the same <see cref="FindingSet"/>; PublishGate
/// decides the verdict from them. The field names are the report.json contract (DESIGN.md).
/// </summary>
public sealed record Finding
{
    public required string RuleId { get; init; }
    public required Severity Severity { get; init; }
    public required string Title { get; init; }
    public required string Message { get; init; }
    /// <summary>Path relative to the repository root, with forward slashes, when the finding is about a file.</summary>
    public string? File { get; init; }
    public int? Line { get; init; }
    public int? Column { get; init; }
    /// <summary>The database object, schema-qualified (for example <c>public.alerts.payload</c>).</summary>
    public string? Object { get; init; }
    public string? Help { get; init; }
    /// <summary>Set when an allow directive or the policy accepted this finding; it then never blocks.</summary>
    public Suppression? Suppressed { get; init; }
    /// <summary>Set when the policy file changed this finding's severity: <see cref="Severity"/> is then the effective one.</summary>
    public PolicyChange? Policy { get; init; }

    public bool Blocks => Suppressed is null && Severity == Severity.Error;

    public string Location => File is null
        ? Object ?? ""
        : Line is null ? File : Column is null ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}

/// <summary>How a finding was accepted: the reason given and where the allow stands.</summary>
public sealed record Suppression(string Kind, string Reason, string? File = null, int? Line = null);

/// <summary>The policy file changed a finding's severity from the rule's own to <paramref name="To"/>, at that file and line.</summary>
public sealed record PolicyChange(Severity From, Severity To, string? File = null, int? Line = null);
