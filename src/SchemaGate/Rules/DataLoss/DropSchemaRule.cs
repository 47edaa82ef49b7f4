using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG203: DROP SCHEMA, but not of a schema an earlier statement of the script created (without IF NOT EXISTS).</summary>
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
            if (CreatedBefore(ctx, name.Name, statement.Index)) continue;
            var schema = QualifiedName.Display(name.Name);
            var how = drop.Cascade ? "with CASCADE it drops every table, view and function in it, with their data" : "it fails while the schema holds objects, and succeeds once they are gone";
            found.Add(ctx.Report(Rule,
                $"DROP SCHEMA {schema}: {how}.",
                statement, schema, at));
        }
    }

    private static bool CreatedBefore(ScriptContext ctx, string schema, int statementIndex)
    {
        for (var i = 0; i < statementIndex; i++)
        {
            var t = ctx.Statements[i].Tokens;
            var j = 2;
            if (t.Count > 2 && t[0].IsWord("create") && t[1].IsWord("schema") && !t.IsWordAt(2, "if") && t.TryReadIdentifier(ref j, out var created) && created == schema)
                return true;
        }
        return false;
    }
}
