namespace SchemaGate.Findings;

/// <summary>
/// A documented check: one unit with its stable id, family, title, default severity, summary and help. Ids never change;
/// each has a page at docs/rules/&lt;id&gt;.md. A static rule carries its definition in its check class
/// (<c>DropTableRule.Definition</c>); a rule that another part of the gate reports (drift, seeds, the runner) is defined
/// next to the code that reports it. <see cref="RuleCatalog"/> finds them all.
/// </summary>
public sealed record Rule(string Id, RuleFamily Family, string Title, Severity DefaultSeverity, string Summary, string Help)
{
    /// <summary>What the rule's danger does to a table (for joining traced facts and adding production's numbers).</summary>
    public RuleEffects Effects { get; init; }

    /// <summary>Which production numbers the finding gets when a production URL is given.</summary>
    public ImpactKind Impact { get; init; }

    /// <summary>The analyses that report this rule; by default the family's (static and traced for data loss and locking).</summary>
    public Analyses ReportedBy { get; init; } = Family switch
    {
        RuleFamily.DataLoss or RuleFamily.Locking => Analyses.Static | Analyses.Traced,
        RuleFamily.Drift => Analyses.Drift,
        RuleFamily.Seeds => Analyses.Seeds,
        RuleFamily.Configuration => Analyses.Config,
        _ => Analyses.Static,
    };

    /// <summary>
    /// Whether the rule judges what a script does, so that its findings on scripts outside the change (already applied,
    /// or not touched by this branch) are history that never blocks. By default data loss and locking rules do; a failed
    /// script or an edited applied file blocks wherever it is.
    /// </summary>
    public bool ScopedToChange { get; init; } = Family is RuleFamily.DataLoss or RuleFamily.Locking;

    /// <summary>False for advice rules that a team turns on in the policy file (the type-choice notices).</summary>
    public bool EnabledByDefault { get; init; } = true;

    public string DocPath => $"docs/rules/{Id}.md";

    public bool Names(RuleEffects effect) => (Effects & effect) != 0;

    /// <summary>A finding of this rule at its default severity.</summary>
    public Finding Report(string message, string? file = null, int? line = null, int? column = null, string? obj = null, int? statement = null) => new()
    {
        Rule = this,
        Severity = DefaultSeverity,
        Message = message,
        File = file,
        Line = line,
        Column = column,
        Statement = statement,
        Object = obj,
    };

    public override string ToString() => Id;
}
