namespace SchemaGate.Impact;

/// <summary>
/// A relation (and optionally one of its columns) whose production size a finding should state. <see cref="Name"/>
/// may be a table or an index; an index is measured as its table. Names are as PostgreSQL stores them (unquoted).
/// </summary>
public sealed record ImpactTarget(string Schema, string Name, string? Column)
{
    /// <summary>
    /// From a finding's object: <c>schema.table</c> (or an index) or <c>schema.table.column</c>, parts optionally in
    /// double quotes. Null for anything else (a schema alone, a function signature).
    /// </summary>
    public static ImpactTarget? FromObject(string? identity)
    {
        if (identity is null || identity.Contains('(', StringComparison.Ordinal)) return null;
        var parts = Split(identity);
        return parts switch
        {
            [var s, var t] => new ImpactTarget(s, t, null),
            [var s, var t, var c] => new ImpactTarget(s, t, c),
            _ => null,
        };
    }

    private static List<string> Split(string identity)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < identity.Length; i++)
        {
            var c = identity[i];
            if (c == '"')
            {
                if (quoted && i + 1 < identity.Length && identity[i + 1] == '"') { current.Append('"'); i++; }
                else quoted = !quoted;
            }
            else if (c == '.' && !quoted) { parts.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        parts.Add(current.ToString());
        return parts;
    }
}
