using SchemaGate.Findings;
using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules.TypeChoice;

/// <summary>
/// A type-choice notice about declared columns (CREATE TABLE, ADD COLUMN, ALTER COLUMN ... TYPE): advice, off unless the
/// policy file gives the rule a level. <see cref="Flags"/> says whether a column's type is the one the rule is about.
/// </summary>
public abstract class TypeChoiceRule : StatementRule
{
    public override IReadOnlyList<string> FirstWords => ["create", "alter"];

    /// <summary>What to say about the column, or null when its type is fine.</summary>
    protected abstract string? Flags(DeclaredColumns.Declared column);

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        foreach (var column in DeclaredColumns.In(ctx, statement))
        {
            if (Flags(column) is not { } what) continue;
            var obj = column.Table.Member(column.Column);
            found.Add(ctx.Report(Rule, $"Column {obj} {what}.", statement, obj, column.At));
        }
    }
}
