using System.Collections.Frozen;
using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules;

/// <summary>
/// Runs the static SG2xx and SG3xx rules over every up script of a migration set. Down scripts are not linted:
/// they are destructive by nature and run only on rollback. The rules are every <see cref="IMigrationRule"/> in the
/// assembly (one instance each; they hold no state), so adding a rule class adds it here.
/// </summary>
public static class MigrationLinter
{
    /// <summary>Every static rule, by id.</summary>
    public static IReadOnlyList<IMigrationRule> Rules { get; } = typeof(IMigrationRule).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMigrationRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (IMigrationRule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Rule.Id, StringComparer.Ordinal)
        .ToArray();

    private static readonly RuleDispatch Dispatch = RuleDispatch.For(Rules);

    /// <summary>
    /// The findings of every up script. With <paramref name="inChange"/>, a table an earlier script of the change
    /// created is new for the later ones (locking it or emptying it loses nothing production has).
    /// </summary>
    public static IReadOnlyList<Finding> Lint(MigrationSet set, Func<MigrationScript, bool>? inChange = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var findings = new List<Finding>();
        var created = new HashSet<QualifiedName>();
        var up = set.Scripts.Where(s => !s.IsDown).ToList();
        var declared = DeclaredSchema.Read(up, inChange);
        for (var ordinal = 0; ordinal < up.Count; ordinal++)
        {
            var script = up[ordinal];
            var change = inChange?.Invoke(script) == true;
            var ctx = new ScriptContext(script, change ? created : null, declared, ordinal);
            findings.AddRange(Lint(ctx));
            if (change) created.UnionWith(ctx.CreatedTables);
        }
        return findings;
    }

    /// <summary>The findings of one script on its own, ordered by line and column.</summary>
    public static IReadOnlyList<Finding> Lint(MigrationScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Lint(new ScriptContext(script));
    }

    /// <summary>
    /// The statement rules' findings on a statement that ran hidden inside <paramref name="file"/>'s statement (its text as
    /// the server ran it); <paramref name="existed"/> says which tables were there before. Positions are the hidden
    /// text's own: the caller places the findings at the statement that ran it.
    /// </summary>
    public static IReadOnlyList<Finding> LintHidden(string text, string file, Func<QualifiedName, bool> existed)
    {
        var script = new MigrationScript(0, "hidden", Path.GetFileName(file), file, text, "", SqlScript.Parse(text), ScriptDirectives.None, null);
        var ctx = ScriptContext.ForHiddenStatement(script, existed);
        var found = new List<Finding>();
        foreach (var statement in ctx.Statements)
        {
            if (statement.Tokens.Count == 0 || statement.IsPsqlMeta) continue;
            foreach (var index in Dispatch.For(statement.Tokens[0]))
                ((StatementRule)Rules[index]).CheckStatement(ctx, statement, found);
        }
        return found;
    }

    private static IReadOnlyList<Finding> Lint(ScriptContext ctx)
    {
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
