namespace SchemaGate.Sql;

/// <summary>A comment of a script. <see cref="Text"/> is the raw slice, markers included (<c>--</c>, <c>/* */</c>).</summary>
public sealed record SqlComment(string Text, int Offset, int Line, int Column, bool IsLineComment);
