namespace SchemaGate.Sql;

/// <summary>
/// Offsets where lines start, so any offset maps to a 1-based line and column. A line ends at
/// <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>; columns count UTF-16 chars (a tab is 1).
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _starts;
    private readonly int _length;

    private LineMap(int[] starts, int length)
    {
        _starts = starts;
        _length = length;
    }

    public int LineCount => _starts.Length;

    public static LineMap Build(string source)
    {
        var starts = new List<int>(Math.Max(16, source.Length / 32)) { 0 };
        var span = source.AsSpan();
        var i = 0;
        while (true)
        {
            var hit = span[i..].IndexOfAny('\r', '\n');
            if (hit < 0) break;
            i += hit;
            i += span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            starts.Add(i);
        }
        return new LineMap([.. starts], source.Length);
    }

    /// <summary>
    /// <see cref="PositionOf(int)"/> for offsets that mostly increase: starts from the line index in
    /// <paramref name="hint"/> (and leaves the found one there), scanning forward a few lines before falling back to a
    /// binary search.
    /// </summary>
    public (int Line, int Column) PositionOf(int offset, ref int hint)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = hint;
        if ((uint)index < (uint)_starts.Length && _starts[index] <= offset)
        {
            for (var steps = 0; steps < 16 && index + 1 < _starts.Length && _starts[index + 1] <= offset; steps++) index++;
            if (index + 1 >= _starts.Length || _starts[index + 1] > offset)
            {
                hint = index;
                return (index + 1, offset - _starts[index] + 1);
            }
        }
        var position = PositionOf(offset);
        hint = position.Line - 1;
        return position;
    }

    public (int Line, int Column) PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = Array.BinarySearch(_starts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _starts[index] + 1);
    }
}
