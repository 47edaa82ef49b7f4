using SchemaGate.Findings;
using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG308: ADD COLUMN on an existing table (in any action of a multi-action ALTER TABLE) whose default PostgreSQL must
/// compute per row, so it rewrites the table: a volatile function (random(), gen_random_uuid(), clock_timestamp(),
/// nextval(), a user function declared VOLATILE or without a volatility), a function whose volatility no script
/// declares, a serial type, an identity or a stored generated column. Constants and stable or immutable calls (now(),
/// CURRENT_TIMESTAMP, a function created IMMUTABLE) are evaluated once (PostgreSQL 11+) and are fine. The traced run
/// withdraws the finding when the table kept its data file.
/// </summary>
public sealed class VolatileDefaultRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG308", RuleFamily.Locking, "ADD COLUMN with a volatile default", Severity.Warning,
        "A column added with a volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval(), a serial type, a user function that is volatile or of unknown volatility), as an identity or as a stored generated column rewrites the whole table under an ACCESS EXCLUSIVE lock.",
        "Add the column without a default (or with a constant one), set the default in a separate statement, and backfill existing rows in batches; declare a user function IMMUTABLE or STABLE when it is.") { Effects = RuleEffects.RewritesTable | RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        var column = action.AddedColumn();
        if (column < 0 || ColumnDefinition.TryRead(action.Tokens, column, action.End) is not { } definition) return;
        if (PerRow(ctx, action, definition, statement.Index) is not { } why) return;
        var obj = alter.Table.Member(definition.Name);
        found.Add(ctx.Report(Rule,
            $"ADD COLUMN {obj} with {why} rewrites the whole table under an ACCESS EXCLUSIVE lock.",
            statement, obj, action.First));
    }

    /// <summary>Why the added column needs a value computed per row; null when it does not.</summary>
    internal static string? PerRow(ScriptContext ctx, AlterAction action, ColumnDefinition definition, int statementIndex)
    {
        if (definition.Type?.Serial is { } serial) return $"type {serial} (a nextval() default)";
        if (definition.Identity) return "GENERATED ... AS IDENTITY (a nextval() per row)";
        if (definition.GeneratedStored) return "GENERATED ALWAYS AS (...) STORED (a value computed per row)";
        if (definition.Default is not { } range) return null;
        return DefaultVolatility.PerRowCall(ctx, action.Tokens, range.Start, range.End, statementIndex);
    }
}
