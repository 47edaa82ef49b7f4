namespace SchemaGate.Sql;

/// <summary>
/// One lexical token of a script. <see cref="Text"/> is the raw slice of the source. Scripts hold millions of
/// these, so the struct keeps only kind, offset and text (16 bytes): <see cref="Length"/> is the text's length.
/// </summary>
public readonly record struct SqlToken
{
    private readonly string _text;
    private readonly int _offset;
    private readonly SqlTokenKind _kind;

    public SqlToken(SqlTokenKind Kind, int Offset, int Length, string Text)
    {
        ArgumentNullException.ThrowIfNull(Text);
        if (Length != Text.Length) throw new ArgumentException($"Length {Length} differs from the text's length {Text.Length}.", nameof(Length));
        _kind = Kind;
        _offset = Offset;
        _text = Text;
    }

    public SqlTokenKind Kind => _kind;

    public int Offset => _offset;

    public int Length => _text.Length;

    public string Text => _text;

    /// <summary>Offset just past the token.</summary>
    public int End => _offset + _text.Length;

    /// <summary>Whitespace and comments: tokens that never change a statement's meaning.</summary>
    public bool IsTrivia => Kind is SqlTokenKind.Whitespace or SqlTokenKind.LineComment or SqlTokenKind.BlockComment;

    /// <summary>True when this is an unquoted word equal to <paramref name="lowerKeyword"/>, ignoring case.</summary>
    public bool IsWord(string lowerKeyword) =>
        _kind == SqlTokenKind.Word && string.Equals(_text, lowerKeyword, StringComparison.OrdinalIgnoreCase);

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

    public void Deconstruct(out SqlTokenKind Kind, out int Offset, out int Length, out string Text)
    {
        Kind = _kind;
        Offset = _offset;
        Length = _text.Length;
        Text = _text;
    }

    public override string ToString() => $"{Kind}@{Offset}:{Text}";
}
