using SchemaGate.Findings;

namespace SchemaGate.Rules.Locking;

/// <summary>SG306: VALIDATE CONSTRAINT of a constraint added NOT VALID earlier in the same script.</summary>
public sealed class ValidateInSameScriptRule : IMigrationRule
{
    public static Rule Definition { get; } = new("SG306", RuleFamily.Locking, "VALIDATE CONSTRAINT in the same script as NOT VALID", Severity.Warning,
        "The constraint is added NOT VALID and validated in the same script, so the validating scan runs inside the same transaction that holds the ADD CONSTRAINT lock: NOT VALID gains nothing.",
        "Move VALIDATE CONSTRAINT to a later migration.") { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(ScriptContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        HashSet<(QualifiedName, string)>? notValid = null;
        List<Finding>? found = null;
        foreach (var statement in ctx.Statements)
        {
            if (ctx.AlterTableAt(statement.Index) is not { } alter) continue;
            foreach (var action in alter.Actions)
            {
                if (action.ConstraintName() is { } added && action.Contains("not", "valid"))
                {
                    (notValid ??= []).Add((alter.Table, added));
                }
                else if (notValid is not null && action.Is("validate", "constraint") && action.Start + 2 < action.End
                         && notValid.Contains((alter.Table, action.Tokens[action.Start + 2].Name())))
                {
                    var obj = alter.Table.Member(action.Tokens[action.Start + 2].Name());
                    (found ??= []).Add(ctx.Report(Rule,
                        $"{obj} is added NOT VALID and validated in the same script, so the validation runs in the transaction that still holds the ADD CONSTRAINT lock.",
                        statement, obj, action.First));
                }
            }
        }
        return found ?? (IEnumerable<Finding>)[];
    }
}
