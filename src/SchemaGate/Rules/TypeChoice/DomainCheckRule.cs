using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.TypeChoice;

/// <summary>SG335: CREATE DOMAIN ... CHECK (...) and ALTER DOMAIN ... ADD [CONSTRAINT n] CHECK (...).</summary>
public sealed class DomainCheckRule : StatementRule
{
    public static Rule Definition { get; } = new("SG335", RuleFamily.Locking, "Domain with a CHECK constraint", Severity.Notice,
        "A domain gets a CHECK constraint: adding or changing it later checks every column of that type in every table (ALTER DOMAIN ... ADD CONSTRAINT scans them all while holding locks), and the constraint cannot be changed per table.",
        "Put CHECK constraints on the tables' columns (they can be added NOT VALID and validated later), or add the domain constraint NOT VALID and VALIDATE it in a later migration.")
    { EnabledByDefault = false };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["create", "alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var t = statement.Tokens;
        var i = 1;
        if (!t.Skip(ref i, "domain") || !t.TryReadName(ref i, out var domain)) return;
        for (var j = i; j < t.Count; j++)
        {
            if (!t[j].IsWord("check")) continue;
            var verb = t[0].IsWord("create") ? "CREATE DOMAIN" : "ALTER DOMAIN ... ADD";
            found.Add(ctx.Report(Rule, $"{verb} gives domain {domain} a CHECK constraint.", statement, domain.ToString(), t[j]));
            return;
        }
    }
}
