using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG319: in a script that runs in one transaction, a statement takes an ACCESS EXCLUSIVE lock on an existing table and
/// slow statements (<see cref="SlowStatement"/>) run after it: the lock is held until the script commits, so every read
/// and write of the table waits for all of them. One finding per locked table, at the statement that takes the lock,
/// naming the slow statements after it. A VALIDATE CONSTRAINT of a constraint the script added NOT VALID is SG306's.
/// </summary>
public sealed class SlowUnderExclusiveLockRule : IMigrationRule
{
    public static Rule Definition { get; } = new("SG319", RuleFamily.Locking, "Slow statements while an ACCESS EXCLUSIVE lock is held", Severity.Warning,
        "A statement takes an ACCESS EXCLUSIVE lock on an existing table, and statements whose run time grows with the data (DML on existing tables, index builds, validations, rewrites) run after it in the same transaction: the lock is held until the script commits, so every read and write of the table waits for all of them.",
        "Keep the ACCESS EXCLUSIVE statement short and last, or alone in its script; move backfills, index builds (CONCURRENTLY, in a no-transaction script) and validations to separate migrations.")
    { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(ScriptContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Script.Directives.NoTransaction) return [];
        // A lock waits on every slow statement after it: the slow statements are listed once, and each lock remembers
        // where in that list the ones after it begin.
        var locks = new List<(SqlStatement Statement, string What, string Table, string Object, int FirstSlow)>();
        var slow = new List<string>();
        var locked = new HashSet<string>(StringComparer.Ordinal);
        var notValid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in ctx.Statements)
        {
            var t = statement.Tokens;
            if (t.Count == 0 || statement.IsPsqlMeta) continue;
            if (locks.Count > 0 && !ValidatesOwnConstraint(ctx, statement, notValid) && SlowStatement.Describe(ctx, statement) is { } described)
                slow.Add($"line {statement.Line}: {described}");
            RememberNotValid(ctx, statement, notValid);
            if (AccessExclusiveStatement.Find(ctx, statement) is var (what, table, obj) && locked.Add(table))
                locks.Add((statement, what, table, obj, slow.Count));
        }
        return locks.Where(l => l.FirstSlow < slow.Count).Select(l => ctx.Report(Rule,
            $"{l.What} on line {l.Statement.Line} takes an ACCESS EXCLUSIVE lock on {l.Table}, held until the script commits, while slow statements run after it ({Listed(slow, l.FirstSlow)}).",
            l.Statement, l.Object)).ToList();
    }

    private const int Named = 3;

    /// <summary>The first few slow statements from <paramref name="from"/> on, and how many more (a finding stays readable).</summary>
    private static string Listed(List<string> slow, int from)
    {
        var count = slow.Count - from;
        var named = string.Join("; ", slow.Skip(from).Take(Named));
        return count <= Named ? named : $"{named}; and {count - Named} more";
    }

    private static void RememberNotValid(ScriptContext ctx, SqlStatement statement, HashSet<string> notValid)
    {
        if (ctx.AlterTableAt(statement.Index) is not { } alter) return;
        foreach (var action in alter.Actions)
            if (action.ConstraintName() is { } name && action.Contains("not", "valid")) notValid.Add(alter.Table.Member(name));
    }

    private static bool ValidatesOwnConstraint(ScriptContext ctx, SqlStatement statement, HashSet<string> notValid) =>
        ctx.AlterTableAt(statement.Index) is { } alter && alter.Actions.Count > 0 && alter.Actions.All(a =>
            a.Is("validate", "constraint") && a.Start + 2 < a.End && notValid.Contains(alter.Table.Member(a.Tokens[a.Start + 2].Name())));
}
