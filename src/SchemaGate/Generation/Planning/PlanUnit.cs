namespace SchemaGate.Generation.Planning;

/// <summary>What a unit does to its object.</summary>
public enum UnitAction
{
    Drop,
    Create,
    Alter,
}

/// <summary>
/// Which generated script a statement goes to: the main one (one transaction) or the online one
/// (<c>-- schemagate:no-transaction</c>, run after the main one: CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT).
/// </summary>
public enum ScriptPhase
{
    Main,
    Online,
}

/// <summary>
/// A few statements that belong together (create a table with its comment and grants; drop a view) and are ordered
/// as one. <see cref="Provides"/>: what exists in its new form once the unit ran; <see cref="Requires"/>: what must
/// exist first; <see cref="Removes"/>: what the unit takes away (everything that still uses it must let go first);
/// <see cref="Releases"/>: what the unit's object used before and may stop using.
/// </summary>
public sealed class PlanUnit(UnitAction action, ObjectKey subject, int rank)
{
    public UnitAction Action { get; } = action;
    public ObjectKey Subject { get; } = subject;

    /// <summary>Priority among units free to run: lower first (drops before creates, then by kind).</summary>
    public int Rank { get; } = rank;

    public List<string> Statements { get; } = [];
    public HashSet<ObjectKey> Provides { get; } = [];
    public HashSet<ObjectKey> Requires { get; } = [];
    public HashSet<ObjectKey> Removes { get; } = [];
    public HashSet<ObjectKey> Releases { get; } = [];

    /// <summary>Names this unit frees (drops) or takes (creates), so a drop of a name runs before a create of it.</summary>
    public HashSet<string> FreesNames { get; } = new(StringComparer.Ordinal);
    public HashSet<string> TakesNames { get; } = new(StringComparer.Ordinal);

    public ScriptPhase Phase { get; set; } = ScriptPhase.Main;

    /// <summary>
    /// For an online unit: the same change in plain form (CREATE INDEX without CONCURRENTLY), used when something in
    /// the main script must come after it; null when the unit has none (it then pulls what follows it online).
    /// </summary>
    public List<string>? MainForm { get; set; }

    /// <summary>
    /// A unit that finishes something another unit did (OWNED BY after the table, VALIDATE after ADD CONSTRAINT): it
    /// does not stand for its object, so nothing waits for it to use the object.
    /// </summary>
    public bool Ancillary { get; init; }

    /// <summary>Must come after every other unit that is not a drop (extensions' drops: what uses them is not in the snapshot).</summary>
    public bool AfterAllChanges { get; init; }

    /// <summary>Must come before every other create or alter (extensions: what uses them is not in the snapshot).</summary>
    public bool BeforeAllChanges { get; init; }

    /// <summary>A remark written above the unit's statements (why it is there, what it cannot do).</summary>
    public List<string> Notes { get; } = [];

    public PlanUnit Add(string statement)
    {
        Statements.Add(statement);
        return this;
    }

    public override string ToString() => $"{Action} {Subject} ({Phase})";
}
