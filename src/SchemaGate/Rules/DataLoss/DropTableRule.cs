using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG201: DROP TABLE of a table the script did not create itself.</summary>
public sealed class DropTableRule : StatementRule
{
    public static Rule Definition { get; } = new("SG201", RuleFamily.DataLoss, "DROP TABLE", Severity.Error,
        "The script drops a table that existed before it ran, with every row in it.",
        "Stop using the table first, keep it (or rename it) for a release, take a backup, then drop it with an allow directive that says why.") { Effects = RuleEffects.RemovesObject, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["drop"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (DropStatement.TryParse(statement, "table") is not { } drop) return;
        foreach (var (name, at) in drop.Objects)
        {
            if (ctx.IsNewTable(name, statement.Index)) continue;
            var cascade = drop.Cascade ? " CASCADE also drops the views and foreign keys that depend on it." : "";
            found.Add(ctx.Report(Rule,
                $"DROP TABLE {name} deletes the table and all its rows.{cascade}",
                statement, name.ToString(), at));
        }
    }
}
