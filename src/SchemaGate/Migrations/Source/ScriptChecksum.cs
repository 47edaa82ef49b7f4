using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace SchemaGate.Migrations.Source;

/// <summary>
/// The checksum recorded in the journal: lower-case hex SHA-256 of the script's UTF-8 text after removing
/// a leading BOM and turning CRLF and lone CR into LF, so a checkout's line-ending setting never looks like an edit.
/// The text is normalised and encoded a chunk at a time into the hash, so a large script is never copied whole.
/// </summary>
public static class ScriptChecksum
{
    private const int ChunkChars = 16 * 1024;

    public static string Of(string text) => Of(text, ChunkChars);

    /// <param name="chunkChars">How many chars are normalised and encoded at a time (small in tests, so pairs and CRLFs straddle chunks).</param>
    internal static string Of(string text, int chunkChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkChars, 1);
        var rest = text.AsSpan();
        if (rest.Length > 0 && rest[0] == '\uFEFF') rest = rest[1..];

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Encoding.UTF8's encoder: a surrogate pair cut by a chunk's end is kept for the next chunk, and a lone surrogate
        // becomes U+FFFD, exactly as Encoding.UTF8.GetBytes does for the whole text.
        var encoder = Encoding.UTF8.GetEncoder();
        var chars = ArrayPool<char>.Shared.Rent(chunkChars);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chunkChars));
        try
        {
            var afterCr = false;
            do
            {
                var chunk = rest[..Math.Min(chunkChars, rest.Length)];
                rest = rest[chunk.Length..];
                var normalised = 0;
                foreach (var c in chunk)
                {
                    // CRLF becomes LF, and so does a lone CR: every CR is an LF, and an LF right after a CR is dropped.
                    if (c == '\n' && afterCr)
                    {
                        afterCr = false;
                        continue;
                    }
                    afterCr = c == '\r';
                    chars[normalised++] = afterCr ? '\n' : c;
                }
                var count = encoder.GetBytes(chars.AsSpan(0, normalised), bytes, flush: rest.IsEmpty);
                hash.AppendData(bytes, 0, count);
            }
            while (!rest.IsEmpty);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
