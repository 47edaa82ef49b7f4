using System.Text.RegularExpressions;
using SchemaGate.Sql;

namespace SchemaGate.Migrations.Source;

/// <summary>Reads the text after <c>schemagate:</c> in a directive comment.</summary>
internal static partial class DirectiveSyntax
{
    public const string Prefix = "schemagate:";

    [GeneratedRegex(@"^SG\d{3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();

    public static void Parse(SqlScript script, SqlComment comment, string text, ref bool noTransaction,
        List<AllowDirective> allows, List<DirectiveProblem> problems)
    {
        var nameEnd = text.IndexOfAny([' ', '\t']);
        var name = nameEnd < 0 ? text : text[..nameEnd];
        var rest = nameEnd < 0 ? "" : text[nameEnd..].Trim();
        void Problem(string message) => problems.Add(new DirectiveProblem(message, comment.Line, comment.Column));

        switch (name.ToLowerInvariant())
        {
            case "no-transaction":
                if (rest.Length > 0) Problem($"schemagate:no-transaction takes no arguments (found \"{rest}\")");
                else noTransaction = true;
                return;
            case "allow" or "allow-file":
                ParseAllow(script, comment, name.Equals("allow-file", StringComparison.OrdinalIgnoreCase), rest, allows, Problem);
                return;
            case "":
                Problem("empty schemagate directive; expected no-transaction, allow or allow-file");
                return;
            default:
                Problem($"unknown schemagate directive \"{name}\"; expected no-transaction, allow or allow-file");
                return;
        }
    }

    private static void ParseAllow(SqlScript script, SqlComment comment, bool fileLevel, string rest,
        List<AllowDirective> allows, Action<string> problem)
    {
        var directive = fileLevel ? "schemagate:allow-file" : "schemagate:allow";
        var idsEnd = rest.IndexOfAny([' ', '\t']);
        var ids = idsEnd < 0 ? rest : rest[..idsEnd];
        var arguments = idsEnd < 0 ? "" : rest[idsEnd..].Trim();
        if (ids.Length == 0 || ids.StartsWith("reason=", StringComparison.OrdinalIgnoreCase))
        {
            problem($"{directive} needs a rule id, for example {directive} SG202 reason=\"why this is safe\"");
            return;
        }

        var ruleIds = ids.Split(',');
        var bad = ruleIds.Where(id => !RuleId().IsMatch(id)).ToArray();
        if (bad.Length > 0)
        {
            problem($"{directive}: malformed rule id {string.Join(", ", bad.Select(b => $"\"{b}\""))}; rule ids look like SG202");
            return;
        }

        var reason = ReadReason(arguments, out var reasonProblem);
        if (reasonProblem is not null)
        {
            problem($"{directive} {ids}: {reasonProblem}");
            return;
        }

        int? statementIndex = null;
        if (!fileLevel)
        {
            statementIndex = CoveredStatement(script, comment.Offset);
            if (statementIndex is null)
            {
                problem($"{directive} {ids}: no statement follows the directive; use allow-file for the whole file");
                return;
            }
        }

        foreach (var id in ruleIds)
        {
            allows.Add(new AllowDirective(id.ToUpperInvariant(), reason, comment.Line, comment.Column, fileLevel, statementIndex));
        }
    }

    /// <summary>Reads <c>reason="..."</c> (a <c>\"</c> inside stands for a quote); null with a problem when it is missing or blank.</summary>
    private static string? ReadReason(string arguments, out string? problem)
    {
        problem = null;
        const string key = "reason=";
        if (!arguments.StartsWith(key, StringComparison.OrdinalIgnoreCase))
        {
            problem = arguments.Length == 0
                ? "a reason is mandatory: add reason=\"why this is safe\""
                : $"expected reason=\"...\" after the rule id, found \"{arguments}\"";
            return null;
        }

        var value = arguments[key.Length..];
        if (value.Length == 0 || value[0] != '"')
        {
            problem = "the reason must be in double quotes: reason=\"why this is safe\"";
            return null;
        }

        var reason = new System.Text.StringBuilder();
        var i = 1;
        for (; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] == '"')
            {
                reason.Append('"');
                i++;
            }
            else if (value[i] == '"')
            {
                break;
            }
            else
            {
                reason.Append(value[i]);
            }
        }
        if (i >= value.Length)
        {
            problem = "the reason's closing double quote is missing";
            return null;
        }
        var trailing = value[(i + 1)..].Trim();
        if (trailing.Length > 0)
        {
            problem = $"unexpected text after the reason: \"{trailing}\"";
            return null;
        }
        var text = reason.ToString().Trim();
        if (text.Length == 0)
        {
            problem = "the reason is empty; say why accepting this finding is safe";
            return null;
        }
        return text;
    }

    /// <summary>The statement the comment sits inside, or else the first statement starting after it.</summary>
    private static int? CoveredStatement(SqlScript script, int offset)
    {
        var inside = script.StatementAt(offset);
        if (inside is not null) return inside.Index;
        foreach (var statement in script.Statements)
        {
            if (statement.Offset > offset) return statement.Index;
        }
        return null;
    }
}
