using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG308: ADD COLUMN on an existing table whose default is volatile, so PostgreSQL must rewrite the table to
/// store a value per row. Constants and stable calls (now(), CURRENT_TIMESTAMP, statement_timestamp()) are evaluated once (PostgreSQL 11+) and are fine;
/// an identity or a stored generated column needs a value per row and is reported like a volatile default.
/// </summary>
public sealed class VolatileDefaultRule : StatementRule
{
    public static Rule Definition { get; } = new("SG308", RuleFamily.Locking, "ADD COLUMN with a volatile default", Severity.Warning,
        "A column added with a volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval(), a serial type), as an identity or as a stored generated column rewrites the whole table under an ACCESS EXCLUSIVE lock.",
        "Add the column without a default (or with a constant one), set the default in a separate statement, and backfill existing rows in batches.") { Effects = RuleEffects.RewritesTable | RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (ctx.AlterTableAt(statement.Index) is not { } alter || ctx.IsNewTable(alter.Table, statement.Index)) return;
        foreach (var action in alter.Actions)
        {
            var column = action.AddedColumn();
            if (column < 0) continue;
            var volatileCall = VolatileCall(action, column + 1);
            if (volatileCall is null) continue;
            var obj = alter.Table.Member(action.Tokens[column].Value);
            found.Add(ctx.Report(Rule,
                $"ADD COLUMN {obj} with {volatileCall} rewrites the whole table under an ACCESS EXCLUSIVE lock.",
                statement, obj, action.First));
        }
    }

    private static string? VolatileCall(AlterAction action, int from)
    {
        var t = action.Tokens;
        if (from < action.End && t[from].Kind == SqlTokenKind.Word && t[from].Value is "serial" or "bigserial" or "smallserial" or "serial4" or "serial8" or "serial2")
        {
            return $"type {t[from].Value} (a nextval() default)";
        }
        var generated = t.IndexOfTopLevelWord("generated", from, action.End);
        if (generated >= 0 && (t.IsWordAt(generated + 1, "always") || t.IsWordAt(generated + 1, "by")))
        {
            if (t.ContainsWord(generated, action.End, "identity")) return "GENERATED ... AS IDENTITY (a nextval() per row)";
            if (t.ContainsWord(generated, action.End, "stored")) return "GENERATED ALWAYS AS (...) STORED (a value computed per row)";
        }
        var start = t.IndexOfTopLevelWord("default", from, action.End);
        if (start < 0) return null;
        for (var i = start + 1; i + 1 < action.End; i++)
        {
            if (t[i].Kind != SqlTokenKind.Word || !t.IsCharAt(i + 1, '(')) continue;
            var name = t[i].Value;
            if (name is "random" or "gen_random_uuid" or "clock_timestamp" or "nextval" or "timeofday" or "random_normal" or "uuidv7"
                || name.StartsWith("uuid_generate_", StringComparison.Ordinal))
            {
                return $"DEFAULT {name}()";
            }
        }
        return null;
    }
}
