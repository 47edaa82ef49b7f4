using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Migrations.Source;

/// <summary>The per-file checks: SG105 lexical errors, SG106 empty script, SG107 directive problems, SG111 psql-only statements.</summary>
internal static class ScriptChecks
{
    public static IEnumerable<Finding> Check(ScriptFile file, SqlScript sql, ScriptDirectives directives)
    {
        foreach (var error in sql.Errors)
        {
            yield return MigrationFileRules.UnreadableSql.Report($"{Capitalise(error.Message)}.", file.RelativePath, error.Line, error.Column);
        }
        if (sql.Statements.Count == 0)
        {
            yield return MigrationFileRules.EmptyScript.Report($"'{file.FileName}' holds no SQL statement.", file.RelativePath);
        }
        foreach (var problem in directives.Problems)
        {
            yield return MigrationFileRules.BadDirective.Report($"{Capitalise(problem.Message)}.", file.RelativePath, problem.Line, problem.Column);
        }
        SqlStatement? previous = null;
        foreach (var statement in sql.Statements)
        {
            var message = Unsupported(statement, previous);
            if (message is not null) yield return MigrationFileRules.UnsupportedStatement.Report(message, file.RelativePath, statement.Line, statement.Column);
            previous = statement;
        }
    }

    /// <summary>The first statement the runner cannot send (a psql meta-command, COPY ... FROM STDIN) and why, or null.</summary>
    internal static (SqlStatement Statement, string Message)? FirstUnsupported(SqlScript sql)
    {
        SqlStatement? previous = null;
        foreach (var statement in sql.Statements)
        {
            if (Unsupported(statement, previous) is { } message) return (statement, message);
            previous = statement;
        }
        return null;
    }

    /// <summary>Names only the meta-command, never its arguments (they may hold a connection string).</summary>
    private static string? Unsupported(SqlStatement statement, SqlStatement? previous)
    {
        if (statement.IsPsqlMeta)
        {
            if (previous is not null && IsCopyFromStdin(previous)) return null;
            var text = statement.Text;
            var end = 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            return $"psql meta-command {text[..end]} only works in psql; the runner sends plain SQL.";
        }
        return IsCopyFromStdin(statement)
            ? "COPY ... FROM STDIN needs psql to stream the data; the runner cannot execute it."
            : null;
    }

    private static bool IsCopyFromStdin(SqlStatement statement)
    {
        var tokens = statement.Tokens;
        if (tokens.Count < 3 || !tokens[0].IsWord("copy")) return false;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsWord("from") && tokens[i + 1].IsWord("stdin")) return true;
        }
        return false;
    }

    private static string Capitalise(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}
