using System.Text.RegularExpressions;
using SchemaGate.Sql;

namespace SchemaGate.Migrations.Source;

/// <summary>Where DbUp would run a migration set differently from SchemaGate.</summary>
public enum DbUpDifferenceKind
{
    /// <summary>DbUp orders scripts by name as text (<c>10_x.sql</c> before <c>9_x.sql</c>); SchemaGate by version number.</summary>
    TextOrder,
    /// <summary>A <c>$name$</c> (a dollar-quote tag, or text in a string) that DbUp's variable substitution reads as a variable.</summary>
    VariableSyntax,
    /// <summary>A script of several statements that is atomic under SchemaGate and not under DbUp's default (no transaction).</summary>
    NoTransactionPerScript,
}

/// <summary>One place a team deploying these scripts with DbUp would see other behaviour than SchemaGate's gate did.</summary>
public sealed record DbUpDifference(MigrationScript Script, int Line, DbUpDifferenceKind Kind, string Message);

/// <summary>
/// Lists, for a migration set, where DbUp (dbup-postgresql with its defaults) would behave differently from
/// SchemaGate's runner. Pure: it reads the scripts and their lexed tokens, nothing else.
/// <list type="bullet">
/// <item>Order: DbUp sorts script names as text, so a version that is not zero-padded runs out of order.</item>
/// <item>Variables: DbUp replaces <c>$name$</c> (letters, digits, <c>_</c> and <c>-</c>) outside comments, strings
/// included, and fails on a name it has no value for. Every named PostgreSQL dollar-quote tag (<c>$body$</c>,
/// <c>$fn$</c>) has that shape; <c>$$</c> has not, and neither does <c>$1</c>.</item>
/// <item>Transactions: DbUp runs a script without a transaction unless told <c>WithTransactionPerScript()</c>;
/// a failing statement then leaves the earlier ones applied and no journal row.</item>
/// </list>
/// </summary>
public static partial class DbUpDifferences
{
    public static IReadOnlyList<DbUpDifference> Find(MigrationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var found = new List<DbUpDifference>();
        found.AddRange(TextOrder(set.Scripts));
        foreach (var script in set.Scripts.OrderBy(s => s.Version))
        {
            found.AddRange(Variables(script));
            if (TransactionReliance(script) is { } d) found.Add(d);
        }
        return found;
    }

    private static IEnumerable<DbUpDifference> TextOrder(IReadOnlyList<MigrationScript> scripts)
    {
        var byVersion = scripts.OrderBy(s => s.Version).ToList();
        for (var i = 0; i < byVersion.Count; i++)
        {
            var script = byVersion[i];
            var overtaker = byVersion.Skip(i + 1).FirstOrDefault(later => string.CompareOrdinal(later.FileName, script.FileName) < 0);
            if (overtaker is null) continue;
            yield return new DbUpDifference(script, 1, DbUpDifferenceKind.TextOrder,
                $"DbUp would run {overtaker.FileName} before {script.FileName}: it orders scripts by name as text, SchemaGate by version number.");
        }
    }

    private static IEnumerable<DbUpDifference> Variables(MigrationScript script)
    {
        var seen = new HashSet<(string Name, int Line)>();
        foreach (var token in script.Sql.Statements.SelectMany(s => s.Tokens))
        {
            if (token.IsTrivia) continue;
            foreach (Match m in VariablePattern().Matches(token.Text))
            {
                var name = m.Groups[1].Value;
                var (line, _) = script.Sql.PositionOf(token.Offset + m.Index);
                if (!seen.Add((name, line))) continue;
                var isTag = token.Kind == SqlTokenKind.DollarString && (m.Index == 0 || m.Index + m.Length == token.Text.Length);
                var what = isTag ? $"the dollar-quote tag ${name}$" : $"${name}$";
                yield return new DbUpDifference(script, line, DbUpDifferenceKind.VariableSyntax,
                    $"DbUp would read {what} as its variable '{name}' and stop with 'Variable {name} has no value defined' unless run WithVariablesDisabled().");
            }
        }
    }

    private static DbUpDifference? TransactionReliance(MigrationScript script)
    {
        var statements = script.Sql.Statements.Where(s => !s.IsPsqlMeta && s.Tokens.Any(t => !t.IsTrivia)).ToList();
        if (script.Directives.NoTransaction || statements.Count < 2) return null;
        return new DbUpDifference(script, statements[1].Line, DbUpDifferenceKind.NoTransactionPerScript,
            $"DbUp runs this script's {statements.Count} statements without a transaction by default: if one fails, those before it " +
            "stay applied and the journal has no row.");
    }

    /// <summary>DbUp's variable shape: <c>$</c>, one or more letters, digits, <c>_</c> or <c>-</c>, <c>$</c>.</summary>
    [GeneratedRegex(@"\$([A-Za-z0-9_\-]+)\$")]
    private static partial Regex VariablePattern();
}
