using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG205: TRUNCATE [TABLE] [ONLY] name [*] [, ...] [CASCADE].</summary>
public sealed class TruncateRule : StatementRule
{
    public static Rule Definition { get; } = new("SG205", RuleFamily.DataLoss, "TRUNCATE", Severity.Error,
        "The script empties a table (and with CASCADE every table whose foreign keys point at it).",
        "Delete only the rows you mean to with DELETE ... WHERE, in batches; never TRUNCATE ... CASCADE in a migration.") { Effects = RuleEffects.DeletesRows, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["truncate"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var t = statement.Tokens;
        if (!t[0].IsWord("truncate")) return;
        var i = 1;
        t.Skip(ref i, "table");
        var cascade = t.IsWordAt(t.Count - 1, "cascade");
        while (i < t.Count)
        {
            t.Skip(ref i, "only");
            var at = t[i];
            if (!t.TryReadName(ref i, out var table)) break;
            if (t.IsCharAt(i, '*')) i++;
            if (!ctx.IsNewTable(table, statement.Index))
            {
                var extra = cascade
                    ? " CASCADE also empties every table with a foreign key to it, which the script does not name."
                    : " (With CASCADE it would also empty every table that references it.)";
                found.Add(ctx.Report(Rule,
                    $"TRUNCATE {table} deletes every row.{extra}",
                    statement, table.ToString(), at));
            }
            if (!t.IsCharAt(i, ',')) break;
            i++;
        }
    }
}
