namespace SchemaGate.Findings;

/// <summary>
/// What the danger a rule names does to a table, so that facts the traced analysis observes can join the finding that
/// already names them (a rewrite joins SG308, which says the table is rewritten) instead of being reported twice, and
/// so that production's numbers are added to the findings they matter for. A fact no finding names is a finding of
/// its own (SG315 for a lock, SG316 for a rewrite, the SG2xx rule of its kind for a removal).
/// </summary>
[Flags]
public enum RuleEffects
{
    None = 0,
    /// <summary>An object (table, column, schema, sequence, type, function) is removed with what it holds.</summary>
    RemovesObject = 1,
    /// <summary>Every row of a table is deleted (TRUNCATE, DELETE without WHERE).</summary>
    DeletesRows = 2,
    /// <summary>Every row of a table is overwritten (UPDATE without WHERE).</summary>
    OverwritesRows = 4,
    /// <summary>The table (or an index) is copied to a new file under ACCESS EXCLUSIVE.</summary>
    RewritesTable = 8,
    /// <summary>A lock that blocks writes (SHARE or stronger) is held while the statement works.</summary>
    BlocksWrites = 16,
    /// <summary>
    /// The statement fails when the table holds rows (it passed on the empty ephemeral table): production's row count
    /// decides, and rows there make the finding an error (<c>Judge</c>).
    /// </summary>
    FailsOnRows = 32,
}

/// <summary>Which of production's numbers make a finding concrete: none, the table's rows and size, or a column's non-null values.</summary>
public enum ImpactKind
{
    None,
    Table,
    Column,
}
