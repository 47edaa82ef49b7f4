using System.Collections.Immutable;

namespace SchemaGate.Sql;

/// <summary>Turns a <see cref="RawToken"/> into an <see cref="SqlToken"/>; one-char ASCII tokens share cached strings.</summary>
internal static class SqlTokenText
{
    private static readonly ImmutableArray<string> SingleChars =
        [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    public static string Slice(string source, int offset, int length) =>
        length == 1 && source[offset] < 128 ? SingleChars[source[offset]] : source.Substring(offset, length);

    public static SqlToken Materialize(string source, RawToken raw) =>
        new(raw.Kind, raw.Offset, raw.Length, Slice(source, raw.Offset, raw.Length));
}
