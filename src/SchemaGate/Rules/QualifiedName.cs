namespace SchemaGate.Rules;

/// <summary>
/// A schema-qualified object name as PostgreSQL resolves it: unquoted parts folded to lower case, quoted parts
/// kept as written. An unqualified name is taken to be in <c>public</c> (the default search_path).
/// </summary>
public readonly record struct QualifiedName(string Schema, string Name)
{
    public const string DefaultSchema = "public";

    public override string ToString() => $"{Display(Schema)}.{Display(Name)}";

    /// <summary><c>schema.table.column</c>, each part quoted only when PostgreSQL would need it.</summary>
    public string Member(string column) => $"{this}.{Display(column)}";

    /// <summary>The identifier as it would be written: bare when it is a plain lower-case word, else in double quotes.</summary>
    public static string Display(string identifier)
    {
        var plain = identifier.Length > 0 && (char.IsAsciiLetterLower(identifier[0]) || identifier[0] == '_');
        for (var i = 1; plain && i < identifier.Length; i++)
        {
            var c = identifier[i];
            plain = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_' || c == '$';
        }
        return plain ? identifier : "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
