using System.Collections.Immutable;

namespace SchemaGate.Sql;

/// <summary>
/// Turns <see cref="RawToken"/>s of one source into <see cref="SqlToken"/>s. Short words, numbers and
/// operators repeat endlessly in migration SQL, so each distinct text is allocated once per parse.
/// </summary>
internal sealed class SqlTokenText(string source)
{
    private const int MaxSharedLength = 32;

    private static readonly ImmutableArray<string> SingleChars =
        [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private readonly Dictionary<string, string> _shared = new(512, StringComparer.Ordinal);
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private bool _hasLookup;

    public SqlToken Materialize(RawToken raw)
    {
        string text;
        if (raw.Length == 1 && source[raw.Offset] < 128)
        {
            text = SingleChars[source[raw.Offset]];
        }
        else if (raw.Length <= MaxSharedLength && raw.Kind is SqlTokenKind.Whitespace or SqlTokenKind.Word or SqlTokenKind.Number or SqlTokenKind.Operator
                     or SqlTokenKind.Parameter or SqlTokenKind.QuotedIdentifier)
        {
            if (!_hasLookup)
            {
                _lookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
                _hasLookup = true;
            }
            var lookup = _lookup;
            var span = source.AsSpan(raw.Offset, raw.Length);
            if (!lookup.TryGetValue(span, out text!))
            {
                text = span.ToString();
                _shared.Add(text, text);
            }
        }
        else
        {
            text = source.Substring(raw.Offset, raw.Length);
        }
        return new SqlToken(raw.Kind, raw.Offset, raw.Length, text);
    }
}
