namespace SchemaGate.Sql;

/// <summary>One lexical token of a script. <see cref="Text"/> is the raw slice of the source.</summary>
public readonly record struct SqlToken(SqlTokenKind Kind, int Offset, int Length, string Text)
{
    /// <summary>Offset just past the token.</summary>
    public int End => Offset + Length;

    /// <summary>Whitespace and comments: tokens that never change a statement's meaning.</summary>
    public bool IsTrivia => Kind is SqlTokenKind.Whitespace or SqlTokenKind.LineComment or SqlTokenKind.BlockComment;

    /// <summary>True when this is an unquoted word equal to <paramref name="lowerKeyword"/>, ignoring case.</summary>
    public bool IsWord(string lowerKeyword) =>
        Kind == SqlTokenKind.Word && string.Equals(Text, lowerKeyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The token's meaning: a word lower-cased; a quoted identifier without its quotes and with <c>""</c>
    /// collapsed (case kept); a string's content without quotes, prefixes or dollar tags (escapes of
    /// <c>E''</c> and <c>U&amp;''</c> decoded best-effort). Other tokens: <see cref="Text"/>.
    /// </summary>
    public string Value => Kind switch
    {
        SqlTokenKind.Word => Text.ToLowerInvariant(),
        SqlTokenKind.QuotedIdentifier => SqlLiteralDecoder.QuotedIdentifier(Text),
        SqlTokenKind.String => SqlLiteralDecoder.QuotedString(Text),
        SqlTokenKind.DollarString => SqlLiteralDecoder.DollarString(Text),
        _ => Text,
    };

    public override string ToString() => $"{Kind}@{Offset}:{Text}";
}
