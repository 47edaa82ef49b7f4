namespace SchemaGate.Findings;

/// <summary>
/// One thing the gate noticed, as data: the rule, where (file, line, column and the statement's index in its script, or
/// the database object), the rule's own sentence about this occurrence, and typed evidence (what the traced run saw,
/// what production holds, how it was accepted). Prose that combines them is rendered only in Reporting. report.json's
/// contract fields (ruleId, severity, title, message, file, line, column, object, suppressed) come from here.
/// </summary>
public sealed record Finding
{
    public required Rule Rule { get; init; }

    public string RuleId => Rule.Id;

    public string Title => Rule.Title;

    public string Help => Rule.Help;

    /// <summary>The effective severity: the rule's default, or what the policy file set (<see cref="Policy"/> says so).</summary>
    public required Severity Severity { get; init; }

    /// <summary>What was found, in one or two sentences, without the rule's help. Empty when the evidence says it all.</summary>
    public required string Message { get; init; }

    /// <summary>Path relative to the repository root, with forward slashes, when the finding is about a file.</summary>
    public string? File { get; init; }

    public int? Line { get; init; }

    public int? Column { get; init; }

    /// <summary>The index of the statement in its script (0-based), when the finding is about one statement.</summary>
    public int? Statement { get; init; }

    /// <summary>The database object, schema-qualified (for example <c>public.alerts.payload</c>).</summary>
    public string? Object { get; init; }

    /// <summary>Whether the finding is about this change or about history nobody can edit (decided by <c>Judgement</c>).</summary>
    public FindingScope Scope { get; init; } = FindingScope.Change;

    /// <summary>What the traced run saw and what production holds.</summary>
    public FindingEvidence Evidence { get; init; } = FindingEvidence.None;

    /// <summary>Set when an allow directive or the policy accepted this finding; it then never blocks.</summary>
    public Suppression? Suppressed { get; init; }

    /// <summary>Set when the policy file changed this finding's severity: <see cref="Severity"/> is then the effective one.</summary>
    public PolicyChange? Policy { get; init; }

    /// <summary>The identity two analyses agree on: the same rule, file, statement and object is one finding.</summary>
    public FindingKey Key => new(RuleId, File, Statement, ObjectName.Canonical(Object));

    public string Location => File is null
        ? Object ?? ""
        : Line is null ? File : Column is null ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}

/// <summary>A finding's identity: rule, file, statement index and object (names compared without quoting).</summary>
public readonly record struct FindingKey(string RuleId, string? File, int? Statement, string? Object);

/// <summary>Change: about the scripts this deployment brings; history: about scripts already applied or not part of the change.</summary>
public enum FindingScope
{
    Change,
    History,
}

/// <summary>How a finding was accepted.</summary>
public enum SuppressionKind
{
    /// <summary>An allow directive in a script or seed file (<c>-- schemagate:allow SG202 reason="..."</c>).</summary>
    Allow,
    /// <summary>The policy file turned the rule off.</summary>
    Policy,
}

/// <summary>How a finding was accepted: by what, the reason given, and where the allow or the policy setting stands.</summary>
public sealed record Suppression(SuppressionKind Kind, string Reason, string? File = null, int? Line = null);

/// <summary>The policy file changed a finding's severity from the rule's own to <paramref name="To"/>, at that file and line.</summary>
public sealed record PolicyChange(Severity From, Severity To, string? File = null, int? Line = null);
