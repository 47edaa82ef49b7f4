using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG324: an identifier longer than 63 bytes (UTF-8) in a statement. PostgreSQL cuts it to 63 bytes without an error
/// (a NOTICE at most), so the catalog holds another name than the script, and two long names that share their first 63
/// bytes are the same object. Every rule reports objects with the cut name, so a static and a traced finding on such an
/// object meet (one key).
/// </summary>
public sealed class LongIdentifierRule : StatementRule
{
    public static Rule Definition { get; } = new("SG324", RuleFamily.Locking, "Identifier longer than 63 bytes", Severity.Warning,
        "An identifier is longer than 63 bytes: PostgreSQL silently truncates it, so the object's name in the database differs from the script's, and two names that share their first 63 bytes collide (the second CREATE fails or, with IF NOT EXISTS, is skipped).",
        "Use names of at most 63 bytes (mind multi-byte characters); name constraints and indexes explicitly instead of letting long table and column names produce long generated names.");

    public override Rule Rule => Definition;

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var t = statement.Tokens;
        HashSet<string>? seen = null;
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsIdentifier()) continue;
            var full = t[i].Value;
            if (!Identifier.IsTooLong(full) || !(seen ??= []).Add(full)) continue;
            var cut = Identifier.Truncate(full);
            var obj = i >= 2 && t.IsCharAt(i - 1, '.') && t[i - 2].IsIdentifier()
                ? new QualifiedName(t[i - 2].Name(), cut).ToString()
                : QualifiedName.Display(cut);
            found.Add(ctx.Report(Rule,
                $"{QualifiedName.Display(Shorten(full))} is {Identifier.Bytes(full)} bytes long; PostgreSQL keeps only its first 63 bytes: {QualifiedName.Display(cut)}.",
                statement, obj, t[i]));
        }
    }

    private static string Shorten(string name) => name.Length <= 80 ? name : name[..77] + "...";
}
