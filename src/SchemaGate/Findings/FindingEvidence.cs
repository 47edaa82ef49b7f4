using SchemaGate.Impact;

namespace SchemaGate.Findings;

/// <summary>
/// The typed evidence behind a finding: the facts the traced run observed (<see cref="Trace"/>), what production holds
/// in the table it is about (<see cref="Impact"/>), and why a guess was withdrawn or left open (<see cref="Note"/>).
/// report.json carries each as fields; Reporting turns them into sentences.
/// </summary>
public sealed record FindingEvidence
{
    public static FindingEvidence None { get; } = new();

    public IReadOnlyList<TraceFact> Trace { get; init; } = [];

    public TableImpact? Impact { get; init; }

    /// <summary>Set when production's numbers were asked for but could not be read (the reason).</summary>
    public string? ImpactUnavailable { get; init; }

    /// <summary>Set when the finding may not be real (compared across PostgreSQL majors, where the deparsers differ): why.</summary>
    public string? Uncertain { get; init; }

    public bool IsEmpty => Trace.Count == 0 && Impact is null && ImpactUnavailable is null && Uncertain is null;

    public FindingEvidence WithTrace(IEnumerable<TraceFact> facts)
    {
        var merged = Trace.ToList();
        foreach (var fact in facts)
        {
            if (!merged.Contains(fact)) merged.Add(fact);
        }
        return this with { Trace = merged };
    }
}

/// <summary>What the traced run saw a statement do.</summary>
public enum TraceFactKind
{
    /// <summary>An object that existed before the change is gone (<see cref="TraceFact.Object"/>, kind in <see cref="TraceFact.ObjectKind"/>).</summary>
    Removed,
    /// <summary>A lock in <see cref="TraceFact.Mode"/> (pg_locks spelling) on a table that existed before the change.</summary>
    Locked,
    /// <summary>The table or its indexes got a new data file: every row copied.</summary>
    Rewrote,
    /// <summary>The statement ran another statement (<see cref="TraceFact.Statement"/>) through <see cref="TraceFact.Via"/>: a function, a DO block, EXECUTE, a trigger.</summary>
    Ran,
    /// <summary>The statement changed a column's type and the table kept its data file: the change is binary-coercible.</summary>
    NoRewrite,
}

/// <summary>
/// One observed fact. <see cref="Object"/> is schema-qualified the way the static rules print names. <see cref="With"/>
/// lists what went along with a removed object; <see cref="Statement"/> and <see cref="Via"/> say what ran hidden
/// inside the statement and how. <see cref="FromSchemaDiff"/>: seen by comparing the schema before and after the
/// whole script, so not tied to a statement.
/// </summary>
public sealed record TraceFact(TraceFactKind Kind, string Object)
{
    public string? ObjectKind { get; init; }
    public string? Mode { get; init; }
    public IReadOnlyList<string> With { get; init; } = [];
    public string? Statement { get; init; }
    public string? Via { get; init; }
    public bool FromSchemaDiff { get; init; }

    public bool Equals(TraceFact? other) =>
        other is not null && Kind == other.Kind && Object == other.Object && ObjectKind == other.ObjectKind && Mode == other.Mode &&
        Statement == other.Statement && Via == other.Via && FromSchemaDiff == other.FromSchemaDiff && With.SequenceEqual(other.With);

    public override int GetHashCode() => HashCode.Combine(Kind, Object, Mode, Statement, Via);
}
