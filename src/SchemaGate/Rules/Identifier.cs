using System.Text;

namespace SchemaGate.Rules;

/// <summary>PostgreSQL's identifier length limit: NAMEDATALEN - 1 = 63 bytes, longer names cut at a character boundary.</summary>
public static class Identifier
{
    public const int MaxBytes = 63;

    public static int Bytes(string identifier) => Encoding.UTF8.GetByteCount(identifier);

    public static bool IsTooLong(string identifier) => Bytes(identifier) > MaxBytes;

    /// <summary>The name PostgreSQL keeps: the longest prefix of whole characters that fits in 63 bytes (unchanged when it fits).</summary>
    public static string Truncate(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (identifier.Length <= MaxBytes / 4 || !IsTooLong(identifier)) return identifier;
        var bytes = 0;
        var end = 0;
        foreach (var rune in identifier.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > MaxBytes) break;
            bytes += rune.Utf8SequenceLength;
            end += rune.Utf16SequenceLength;
        }
        return identifier[..end];
    }
}
