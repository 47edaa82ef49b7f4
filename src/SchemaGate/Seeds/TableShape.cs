namespace SchemaGate.Seeds;

/// <summary>A table as a database's catalog describes it: its columns with their SQL types, and the tables its foreign keys reference.</summary>
public sealed record TableShape(string Schema, string Table, IReadOnlyList<ColumnShape> Columns, IReadOnlyList<string> References)
{
    public string QualifiedName => $"{Schema}.{Table}";
    public ColumnShape? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
}

/// <summary>
/// A column: name, its full type (<c>format_type</c> with the modifier, e.g. <c>numeric(6,2)</c>: used to compare, so
/// <c>95</c> equals a stored <c>95.00</c>), whether it can be written (not generated, not identity ALWAYS), and its
/// type without the modifier (used to write: an explicit cast to <c>varchar(5)</c> would silently truncate, while
/// assigning a <c>varchar</c> to the column refuses a value that is too long).
/// </summary>
public sealed record ColumnShape(string Name, string Type, bool Writable, string? WriteType = null)
{
    public string WriteCast => WriteType ?? Type;
}
