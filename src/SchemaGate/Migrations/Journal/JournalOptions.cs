namespace SchemaGate.Migrations.Journal;

/// <summary>Where the journal lives. The defaults are DbUp's, so DbUp-managed databases are adopted as they are.</summary>
public sealed record JournalOptions(string Schema = "public", string Table = "schemaversions")
{
    public string QualifiedName => $"{Quote(Schema)}.{Quote(Table)}";

    /// <summary><c>schema.table</c> as the catalog spells it (what snapshots leave out).</summary>
    public string QualifiedNameUnquoted => $"{Schema}.{Table}";

    private static string Quote(string id) => "\"" + id.Replace("\"", "\"\"") + "\"";
}
