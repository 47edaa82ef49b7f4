namespace SchemaGate.Seeds;

/// <summary>
/// One seed CSV: the table it fills, its header, the key columns declared by <c># key:</c>, the rows with the
/// physical line each starts on, and the allow for deleting rows in mirror mode, if any.
/// </summary>
public sealed record SeedFile
{
    /// <summary>Path relative to the repository root, forward slashes.</summary>
    public required string RelativePath { get; init; }
    public required string Schema { get; init; }
    public required string Table { get; init; }
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<string> KeyColumns { get; init; }
    public required int HeaderLine { get; init; }
    public required IReadOnlyList<SeedRow> Rows { get; init; }
    /// <summary><c># schemagate:allow-file SG503 reason="..."</c>: mirror mode may delete rows of this table.</summary>
    public SeedAllow? AllowDelete { get; init; }

    /// <summary>The table as <c>schema.table</c> (unquoted, for messages and reports).</summary>
    public string QualifiedName => $"{Schema}.{Table}";

    public int ColumnIndex(string column) => Columns.ToList().IndexOf(column);
}

/// <summary>One data row: the line it starts on and one value per header column (null = SQL NULL).</summary>
public sealed record SeedRow(int Line, IReadOnlyList<string?> Values);

/// <summary>An allow directive in a seed file's header: the rule, the reason, and its line.</summary>
public sealed record SeedAllow(string RuleId, string Reason, int Line);
