namespace SchemaGate.Migrations.Source;

/// <summary>
/// <c>-- schemagate:allow SG202 reason="..."</c> (one statement) or <c>-- schemagate:allow-file SG301 reason="..."</c>
/// (the whole file). <see cref="StatementIndex"/> is the statement the allow covers, null for file-level.
/// <see cref="Line"/> and <see cref="Column"/> locate the comment. <see cref="RuleId"/> is upper-cased.
/// </summary>
public sealed record AllowDirective(string RuleId, string? Reason, int Line, int Column, bool FileLevel, int? StatementIndex);
