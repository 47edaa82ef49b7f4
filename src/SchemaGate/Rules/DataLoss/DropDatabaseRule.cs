using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG204: DROP DATABASE.</summary>
public sealed class DropDatabaseRule : StatementRule
{
    public static Rule Definition { get; } = new("SG204", RuleFamily.DataLoss, "DROP DATABASE", Severity.Error,
        "A migration drops a whole database.",
        "Never drop databases from a migration; do it by hand, after a backup, outside the deployment.") { Effects = RuleEffects.RemovesObject };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["drop"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (DropStatement.TryParse(statement, "database") is not { } drop) return;
        foreach (var (name, at) in drop.Objects)
        {
            var database = QualifiedName.Display(name.Name);
            found.Add(ctx.Report(Rule,
                $"DROP DATABASE {database} deletes a whole database.",
                statement, database, at));
        }
    }
}
