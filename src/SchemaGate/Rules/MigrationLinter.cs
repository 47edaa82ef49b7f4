using System.Collections.Frozen;
using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules.DataLoss;
using SchemaGate.Rules.Locking;

namespace SchemaGate.Rules;

/// <summary>
/// Runs the static SG2xx and SG3xx rules over every up script of a migration set. Down scripts are not linted:
/// they are destructive by nature and run only on rollback.
/// </summary>
public static class MigrationLinter
{
    /// <summary>Every static rule, one instance each (they hold no state).</summary>
    public static IReadOnlyList<IMigrationRule> Rules { get; } =
    [
        new DropTableRule(), new DropColumnRule(), new DropSchemaRule(), new DropDatabaseRule(), new TruncateRule(),
        new DeleteWithoutWhereRule(), new UpdateWithoutWhereRule(), new AlterColumnTypeRule(), new DropSequenceRule(),
        new DropTypeRule(), new DropFunctionRule(),
        new CreateIndexRule(), new DropIndexRule(), new ConcurrentlyInTransactionRule(), new ForeignKeyNotValidRule(),
        new CheckNotValidRule(), new ValidateInSameScriptRule(), new SetNotNullRule(), new VolatileDefaultRule(),
        new UniqueWithoutIndexRule(), new RenameRule(), new RewriteMaintenanceRule(), new BeginWithoutCommitRule(),
        new JsonTypeRule(), new LockTimeoutRule(),
    ];

    private static readonly RuleDispatch Dispatch = RuleDispatch.For(Rules);

    public static IReadOnlyList<Finding> Lint(MigrationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var findings = new List<Finding>();
        foreach (var script in set.Scripts)
        {
            if (script.IsDown) continue;
            findings.AddRange(Lint(script));
        }
        return findings;
    }

    /// <summary>The findings of one script, ordered by line and column.</summary>
    public static IReadOnlyList<Finding> Lint(MigrationScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var ctx = new ScriptContext(script);
        var perRule = new List<Finding>?[Rules.Count];
        foreach (var statement in ctx.Statements)
        {
            var tokens = statement.Tokens;
            if (tokens.Count == 0 || statement.IsPsqlMeta) continue;
            foreach (var index in Dispatch.For(tokens[0]))
            {
                ((StatementRule)Rules[index]).CheckStatement(ctx, statement, perRule[index] ??= []);
            }
        }
        var findings = new List<Finding>();
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i] is not StatementRule) findings.AddRange(Rules[i].Check(ctx));
            else if (perRule[i] is { } found) findings.AddRange(found);
        }
        findings.Sort(static (a, b) => (a.Line ?? 0) != (b.Line ?? 0) ? (a.Line ?? 0).CompareTo(b.Line ?? 0)
            : (a.Column ?? 0) != (b.Column ?? 0) ? (a.Column ?? 0).CompareTo(b.Column ?? 0)
            : string.CompareOrdinal(a.RuleId, b.RuleId));
        return findings;
    }

    /// <summary>
    /// Which statement rules (by index in <see cref="Rules"/>) a statement's first token concerns, so one pass over the
    /// statements reaches each rule only with statements it can report on.
    /// </summary>
    private sealed class RuleDispatch(FrozenDictionary<string, int[]> byWord, int[] any)
    {
        public static RuleDispatch For(IReadOnlyList<IMigrationRule> rules)
        {
            var any = new List<int>();
            var byWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules[i] is not StatementRule rule) continue;
                if (rule.FirstWords is not { } words)
                {
                    any.Add(i);
                    continue;
                }
                foreach (var word in words)
                {
                    if (!byWord.TryGetValue(word, out var list)) byWord[word] = list = [];
                    list.Add(i);
                }
            }
            var merged = byWord.ToDictionary(p => p.Key, p => p.Value.Concat(any).Order().ToArray(), StringComparer.OrdinalIgnoreCase);
            return new RuleDispatch(merged.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), [.. any]);
        }

        public int[] For(Sql.SqlToken first) =>
            first.Kind == Sql.SqlTokenKind.Word && byWord.TryGetValue(first.Text, out var rules) ? rules : any;
    }
}
