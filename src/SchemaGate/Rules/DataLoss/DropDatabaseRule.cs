using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG204: DROP DATABASE.</summary>
public sealed class DropDatabaseRule : StatementRule
{
    public override Rule Rule => DataLossRules.DropDatabase;

    public override IReadOnlyList<string> FirstWords => ["drop"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (DropStatement.TryParse(statement, "database") is not { } drop) return;
        foreach (var (name, at) in drop.Objects)
        {
            var database = QualifiedName.Display(name.Name);
            found.Add(ctx.Report(Rule,
                $"DROP DATABASE {database} deletes a whole database. Never do this from a migration: do it by hand, after a verified backup.",
                statement, database, at));
        }
    }
}
