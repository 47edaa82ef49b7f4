using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.TypeChoice;

/// <summary>SG336: ALTER TYPE ... ADD VALUE ... BEFORE | AFTER.</summary>
public sealed class EnumValueOrderRule : StatementRule
{
    public static Rule Definition { get; } = new("SG336", RuleFamily.Locking, "Enum value added with BEFORE / AFTER", Severity.Notice,
        "An enum value is inserted before or after another instead of at the end: the enum's sort order changes for every query that orders or compares by it, and values that cannot be placed by their OID make comparisons slower.",
        "Add enum values at the end (ADD VALUE 'x'), or use a lookup table when the order matters and changes.")
    { EnabledByDefault = false };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var t = statement.Tokens;
        var i = 1;
        if (!t.Skip(ref i, "type") || !t.TryReadName(ref i, out var type) || !t.Skip(ref i, "add", "value")) return;
        for (var j = i; j < t.Count; j++)
        {
            if (!t[j].IsWord("before") && !t[j].IsWord("after")) continue;
            found.Add(ctx.Report(Rule, $"ALTER TYPE {type} ADD VALUE ... {t[j].Text.ToUpperInvariant()} changes the order of the enum's values.", statement, type.ToString(), t[j]));
            return;
        }
    }
}
