namespace SchemaGate.Sql;

/// <summary>
/// Something the lexer could not close, located where it was opened, for example
/// "unterminated dollar-quoted string $fn$ (opened at line 3, column 12)".
/// </summary>
public sealed record SqlLexError(string Message, int Offset, int Line, int Column);
