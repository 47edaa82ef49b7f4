using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Transaction;

/// <summary>
/// SG109: a statement PostgreSQL refuses inside a transaction block (VACUUM, REINDEX SCHEMA | DATABASE | SYSTEM, CREATE or
/// DROP DATABASE, CREATE or DROP TABLESPACE, ALTER SYSTEM, CLUSTER without a table, CREATE or DROP SUBSCRIPTION), or an
/// enum value added with ALTER TYPE ... ADD VALUE and then used in the same transaction (PostgreSQL 12 and later refuse
/// it even when the type was created in that transaction), in a script the runner wraps in one (no
/// <c>-- schemagate:no-transaction</c>). Found before anything runs; applying it would fail (SG110). CONCURRENTLY forms
/// are SG303's.
/// </summary>
public sealed class OutsideTransactionRule : IMigrationRule
{
    public static Rule Definition { get; } = new("SG109", RuleFamily.History, "Statement cannot run inside a transaction", Severity.Error,
        "The script runs in one transaction (the runner wraps each script in one), and it holds a statement PostgreSQL refuses inside a transaction block, or uses an enum value it added in the same transaction: applying it fails.",
        "Put the statement in its own script whose first line is -- schemagate:no-transaction (each statement then commits on its own). For ALTER TYPE ... ADD VALUE, use the new value in a later script.")
    { ScopedToChange = true };

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(ScriptContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Script.Directives.NoTransaction) return [];
        List<Finding>? found = null;
        var added = new List<(string Label, QualifiedName Type, SqlStatement At)>();
        foreach (var statement in ctx.Statements)
        {
            var t = statement.Tokens;
            if (t.Count == 0 || statement.IsPsqlMeta) continue;
            if (Refused(t) is { } what)
            {
                (found ??= []).Add(ctx.Report(Rule, $"{what} cannot run inside a transaction block, and this script runs in one.", statement, null));
                continue;
            }
            if (AddedValue(t) is var (enumType, newLabel))
            {
                added.Add((newLabel, enumType, statement));
                continue;
            }
            // ALTER TYPE may name a value added in the same transaction (ADD VALUE ... BEFORE it, RENAME VALUE).
            if (t[0].IsWord("alter") && t.IsWordAt(1, "type")) continue;
            foreach (var (label, type, at) in added)
            {
                if (!t.Any(x => x.Kind == SqlTokenKind.String && x.Value == label)) continue;
                (found ??= []).Add(ctx.Report(Rule,
                    $"'{label}' is added to {type} on line {at.Line} and used here, in the same transaction: PostgreSQL refuses an enum value until the transaction that added it commits.",
                    statement, type.ToString()));
                break;
            }
        }
        return found ?? (IEnumerable<Finding>)[];
    }

    /// <summary>The statement's name when PostgreSQL refuses it in a transaction block; null otherwise.</summary>
    internal static string? Refused(IReadOnlyList<SqlToken> t)
    {
        if (t[0].IsWord("vacuum")) return "VACUUM";
        if (t[0].IsWord("reindex") && !t.ContainsWord(1, t.Count, "concurrently"))
        {
            var i = 1;
            t.SkipGroup(ref i);
            foreach (var kind in (string[])["schema", "database", "system"])
                if (t.IsWordAt(i, kind)) return "REINDEX " + kind.ToUpperInvariant();
            return null;
        }
        if ((t[0].IsWord("create") || t[0].IsWord("drop")) && (t.IsWordAt(1, "database") || t.IsWordAt(1, "tablespace") || t.IsWordAt(1, "subscription")))
            return $"{t[0].Text.ToUpperInvariant()} {t[1].Text.ToUpperInvariant()}";
        if (t[0].IsWord("alter") && t.IsWordAt(1, "system")) return "ALTER SYSTEM";
        if (t[0].IsWord("alter") && t.IsWordAt(1, "database") && t.ContainsWords(2, t.Count, "set", "tablespace")) return "ALTER DATABASE ... SET TABLESPACE";
        if (t[0].IsWord("cluster") && (t.Count == 1 || (t.Count == 2 && t[1].IsWord("verbose")))) return "CLUSTER without a table";
        return null;
    }

    /// <summary><c>ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'label' ...</c>: the type and the label.</summary>
    internal static (QualifiedName Type, string Label)? AddedValue(IReadOnlyList<SqlToken> t)
    {
        if (!t[0].IsWord("alter") || !t.IsWordAt(1, "type")) return null;
        var i = 2;
        if (!t.TryReadName(ref i, out var type) || !t.Skip(ref i, "add", "value")) return null;
        if (t.Skip(ref i, "if", "not")) t.Skip(ref i, "exists");
        return i < t.Count && t[i].Kind == SqlTokenKind.String ? (type, t[i].Value) : null;
    }
}
