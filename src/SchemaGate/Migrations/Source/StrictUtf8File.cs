using System.Buffers;
using System.Text.Unicode;

namespace SchemaGate.Migrations.Source;

/// <summary>
/// Reads a migration file as strict UTF-8 without ever holding its bytes: a first pass over the file checks them and counts
/// the chars, a second decodes them straight into a string of that length. A 50 MB script so costs its 100 MB string and two
/// small buffers, not the 50 MB of bytes and a decoded copy besides. A leading BOM is not part of the text. On invalid
/// bytes there is no text, only the 1-based line and column of the first bad byte (columns in UTF-16 chars, CRLF and lone CR
/// ending a line as <see cref="Sql.SqlScript.PositionOf"/> counts them).
/// </summary>
internal static class StrictUtf8File
{
    private const int ChunkBytes = 64 * 1024;

    public static (string? Text, (int Line, int Column)? BadByteAt) Read(string path, CancellationToken ct)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        return Read(file, ct);
    }

    /// <param name="stream">Seekable: read twice from its start.</param>
    /// <param name="chunkBytes">How much is read at a time (small in tests, so sequences and line ends straddle chunks).</param>
    internal static (string? Text, (int Line, int Column)? BadByteAt) Read(Stream stream, CancellationToken ct, int chunkBytes = ChunkBytes)
    {
        // A cut sequence carried into the next chunk is at most 3 bytes; the chunk must have room for more.
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkBytes, 4);
        var bytes = ArrayPool<byte>.Shared.Rent(chunkBytes);
        // A byte never decodes to more than one char, so a chunk's chars always fit.
        var chars = ArrayPool<char>.Shared.Rent(chunkBytes);
        try
        {
            long length = 0;
            var position = new TextPosition();
            var counting = new ChunkDecoder(stream, bytes, chars, chunkBytes, ct);
            while (counting.Next(out var run))
            {
                length += run.Length;
                position.Advance(run);
            }
            if (counting.Invalid) return (null, (position.Line, position.Column));
            if (length > Array.MaxLength) throw new IOException($"The file holds {length} chars, more than a string can.");

            stream.Position = 0;
            var text = string.Create((int)length, new ChunkDecoder(stream, bytes, chars, chunkBytes, ct), static (target, decoding) =>
            {
                var written = 0;
                while (decoding.Next(out var run))
                {
                    if (run.Length > target.Length - written) throw Changed();
                    run.CopyTo(target[written..]);
                    written += run.Length;
                }
                if (decoding.Invalid || written != target.Length) throw Changed();
            });
            return (text, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static IOException Changed() => new("The file changed while it was read.");

    /// <summary>
    /// Decodes a stream chunk by chunk into runs of chars (a leading BOM left out); a sequence cut by a chunk's end is carried
    /// into the next. At the first invalid byte the run holds the chars before it, <see cref="Invalid"/> is set, and no run follows.
    /// </summary>
    private sealed class ChunkDecoder(Stream stream, byte[] bytes, char[] chars, int chunkBytes, CancellationToken ct)
    {
        private int _carried;
        private bool _atStart = true;
        private bool _done;

        public bool Invalid { get; private set; }

        public bool Next(out ReadOnlySpan<char> run)
        {
            run = default;
            if (_done) return false;
            ct.ThrowIfCancellationRequested();
            var wanted = chunkBytes - _carried;
            var read = stream.ReadAtLeast(bytes.AsSpan(_carried, wanted), wanted, throwOnEndOfStream: false);
            var final = read < wanted;
            var input = new ReadOnlySpan<byte>(bytes, 0, _carried + read);
            var status = Utf8.ToUtf16(input, chars, out var used, out var written, replaceInvalidSequences: false, isFinalBlock: final);
            run = new ReadOnlySpan<char>(chars, 0, written);
            if (_atStart && run.Length > 0)
            {
                if (run[0] == '\uFEFF') run = run[1..];
                _atStart = false;
            }
            Invalid = status == OperationStatus.InvalidData;
            _done = final || Invalid;
            input[used..].CopyTo(bytes);
            _carried = input.Length - used;
            return true;
        }
    }

    /// <summary>The line and column just after the chars seen so far; <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c> each end a line.</summary>
    private sealed class TextPosition
    {
        private bool _afterCr;

        public int Line { get; private set; } = 1;

        public int Column { get; private set; } = 1;

        public void Advance(ReadOnlySpan<char> chars)
        {
            while (!chars.IsEmpty)
            {
                var hit = chars.IndexOfAny('\r', '\n');
                if (hit < 0)
                {
                    Column += chars.Length;
                    _afterCr = false;
                    return;
                }
                if (hit > 0)
                {
                    Column += hit;
                    _afterCr = false;
                }
                // The \n of a \r\n: the \r already began the line.
                if (chars[hit] == '\n' && _afterCr) _afterCr = false;
                else
                {
                    Line++;
                    Column = 1;
                    _afterCr = chars[hit] == '\r';
                }
                chars = chars[(hit + 1)..];
            }
        }
    }
}
