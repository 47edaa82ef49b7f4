using System.Collections.Immutable;

namespace SchemaGate.Sql;

/// <summary>
/// Turns <see cref="RawToken"/>s of one source into <see cref="SqlToken"/>s. Short words, numbers and
/// operators repeat endlessly in migration SQL, so each distinct text is allocated once per parse.
/// <paramref name="slots"/> (a power of two) sizes the table at first: small when only one statement is lexed again.
/// </summary>
internal sealed class SqlTokenText(string source, int slots = 1024)
{
    private const int MaxSharedLength = 32;

    private static readonly ImmutableArray<string> SingleChars =
        [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>Open-addressing table of the distinct texts seen so far (a power of two in size, at most half full).</summary>
    private string?[] _slots = new string?[slots];
    private int _used;

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
            text = Shared(source.AsSpan(raw.Offset, raw.Length));
        }
        else
        {
            text = source.Substring(raw.Offset, raw.Length);
        }
        return new SqlToken(raw.Kind, raw.Offset, raw.Length, text);
    }

    /// <summary>The one string of this parse equal to <paramref name="span"/>, added on first sight.</summary>
    private string Shared(ReadOnlySpan<char> span)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var index = (int)(Hash(span) & (uint)mask);
        while (slots[index] is { } existing)
        {
            if (span.SequenceEqual(existing)) return existing;
            index = (index + 1) & mask;
        }
        var text = span.ToString();
        slots[index] = text;
        if (++_used * 2 > slots.Length) Grow();
        return text;
    }

    private void Grow()
    {
        var old = _slots;
        var slots = new string?[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var text in old)
        {
            if (text is null) continue;
            var index = (int)(Hash(text) & (uint)mask);
            while (slots[index] is not null) index = (index + 1) & mask;
            slots[index] = text;
        }
        _slots = slots;
    }

    /// <summary>FNV-1a over the UTF-16 chars (texts here are at most <see cref="MaxSharedLength"/> chars).</summary>
    private static uint Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash ^ (hash >> 15);
    }
}
