using SchemaGate.Sql;

namespace SchemaGate.Migrations.Source;

/// <summary>
/// The <c>-- schemagate:</c> directives of a script. A directive is a line comment whose text, after the
/// <c>--</c> and any spaces, starts with <c>schemagate:</c> (any case); other comments are ignored.
/// <list type="bullet">
/// <item><c>-- schemagate:no-transaction</c>: run the script outside a transaction (takes no arguments).</item>
/// <item><c>-- schemagate:allow SG202 reason="..."</c>: accept that rule's findings on the statement the
/// comment sits in, or else on the first statement that starts after it (blank lines and other comments
/// in between do not matter). Several rules may be listed with commas: <c>allow SG202,SG301 reason="..."</c>.</item>
/// <item><c>-- schemagate:allow-file SG301 reason="..."</c>: the same for the whole file.</item>
/// </list>
/// A reason is mandatory and non-blank; a rule id must look like <c>SG</c> and three digits (whether the
/// rule exists is for the caller to check).
/// </summary>
public sealed record ScriptDirectives(bool NoTransaction, IReadOnlyList<AllowDirective> Allows, IReadOnlyList<DirectiveProblem> Problems)
{
    public static ScriptDirectives None { get; } = new(false, [], []);

    public static ScriptDirectives From(SqlScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var noTransaction = false;
        var allows = new List<AllowDirective>();
        var problems = new List<DirectiveProblem>();
        foreach (var comment in script.Comments)
        {
            if (!comment.IsLineComment) continue;
            var body = comment.Text.AsSpan(2).Trim();
            if (!body.StartsWith(DirectiveSyntax.Prefix, StringComparison.OrdinalIgnoreCase)) continue;
            DirectiveSyntax.Parse(script, comment, body[DirectiveSyntax.Prefix.Length..].ToString(), ref noTransaction, allows, problems);
        }
        return new ScriptDirectives(noTransaction, allows, problems);
    }
}
