namespace SchemaGate.Seeds;

/// <summary>A table as a database's catalog describes it: its columns with their SQL types, and the tables its foreign keys reference.</summary>
public sealed record TableShape(string Schema, string Table, IReadOnlyList<ColumnShape> Columns, IReadOnlyList<string> References)
{
    public string QualifiedName => $"{Schema}.{Table}";
    public ColumnShape? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
}

/// <summary>A column: name, <c>format_type</c> text (for casts), and whether it can be written (not generated, not identity ALWAYS).</summary>
public sealed record ColumnShape(string Name, string Type, bool Writable);
