using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG203: DROP SCHEMA.</summary>
public sealed class DropSchemaRule : StatementRule
{
    public static Rule Definition { get; } = new("SG203", RuleFamily.DataLoss, "DROP SCHEMA", Severity.Error,
        "The script drops a schema, and with CASCADE every table, view and function in it.",
        "Drop the objects one by one in reviewed migrations, or allow it with a reason when the schema is known to be empty.") { Effects = RuleEffects.RemovesObject };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["drop"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (DropStatement.TryParse(statement, "schema") is not { } drop) return;
        foreach (var (name, at) in drop.Objects)
        {
            var schema = QualifiedName.Display(name.Name);
            var how = drop.Cascade ? "with CASCADE it drops every table, view and function in it, with their data" : "it fails while the schema holds objects, and succeeds once they are gone";
            found.Add(ctx.Report(Rule,
                $"DROP SCHEMA {schema}: {how}.",
                statement, schema, at));
        }
    }
}
