using System.Text;
using System.Text.RegularExpressions;

namespace SchemaGate.Seeds;

/// <summary>
/// Reads one seed CSV (RFC 4180: comma separated, <c>"</c> quotes, <c>""</c> inside quotes, line breaks allowed in
/// quotes). Before the header row, lines starting with <c>#</c> are comments; <c># key: a, b</c> declares the key
/// columns and <c># schemagate:allow-file SG503 reason="..."</c> allows mirror deletes. An unquoted empty field is
/// NULL, a quoted empty field is the empty string. Problems are reported as <c>file:line: message</c>.
/// </summary>
public static partial class SeedCsvReader
{
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^schemagate:allow-file\s+(?<id>SG\d{3})\s+reason=""(?<reason>[^""]*)""\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AllowFile();

    /// <summary>The table a file name names: <c>schema.table.csv</c> or <c>table.csv</c> (public); null when malformed.</summary>
    public static (string Schema, string Table)? TableOf(string fileName)
    {
        if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = fileName[..^4].Split('.');
        if (parts.Length is < 1 or > 2 || parts.Any(p => !Identifier().IsMatch(p))) return null;
        return parts.Length == 1 ? ("public", parts[0]) : (parts[0], parts[1]);
    }

    public static SeedFile? Read(string relativePath, byte[] bytes, List<string> problems)
    {
        void Problem(int line, string message) => problems.Add($"{relativePath}:{line}: {message}");

        var fileName = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        if (TableOf(fileName) is not { } table)
        {
            Problem(1, $"'{fileName}' is not named <schema>.<table>.csv or <table>.csv (letters, digits, _ and $)");
            return null;
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 && ex.Index <= bytes.Length ? ex.Index : bytes.Length;
            Problem(1 + bytes.Take(at).Count(b => b == (byte)'\n'), "the file is not valid UTF-8; save it as UTF-8");
            return null;
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];

        var records = Parse(text, out var parseProblem);
        if (parseProblem is { } pp)
        {
            Problem(pp.Line, pp.Message);
            return null;
        }

        List<string>? keys = null;
        var keyLine = 0;
        SeedAllow? allow = null;
        var index = 0;
        for (; index < records.Count && records[index].Comment is not null; index++)
        {
            var (line, comment, _) = records[index];
            var body = comment!.Trim();
            if (body.StartsWith("key:", StringComparison.OrdinalIgnoreCase))
            {
                if (keys is not null) { Problem(line, $"a second '# key:' line (the first is on line {keyLine})"); return null; }
                keys = body[4..].Split(',', StringSplitOptions.TrimEntries).ToList();
                keyLine = line;
                if (keys.Any(k => k.Length == 0)) { Problem(line, "'# key:' lists an empty column name; write '# key: code' or '# key: a, b'"); return null; }
            }
            else if (body.StartsWith("schemagate:", StringComparison.OrdinalIgnoreCase))
            {
                var m = AllowFile().Match(body);
                if (!m.Success)
                {
                    Problem(line, "unknown or malformed directive; seed files accept only # schemagate:allow-file SG503 reason=\"why deleting is safe\"");
                    return null;
                }
                var id = m.Groups["id"].Value.ToUpperInvariant();
                if (id != SeedRules.MirrorDeletes.Id)
                {
                    Problem(line, $"{id} cannot be allowed in a seed file; only {SeedRules.MirrorDeletes.Id} (mirror deletes) can");
                    return null;
                }
                if (m.Groups["reason"].Value.Trim().Length == 0) { Problem(line, "the allow needs a non-empty reason=\"...\""); return null; }
                allow = new SeedAllow(id, m.Groups["reason"].Value.Trim(), line);
            }
        }

        if (index >= records.Count)
        {
            Problem(records.Count == 0 ? 1 : records[^1].Line, "no header row: the first non-comment line must name the columns");
            return null;
        }
        var (headerLine, _, headerFields) = records[index];
        var columns = new List<string>();
        foreach (var field in headerFields!)
        {
            var name = field?.Trim() ?? "";
            if (name.Length == 0) { Problem(headerLine, "the header has an empty column name"); return null; }
            if (columns.Contains(name)) { Problem(headerLine, $"column '{name}' appears twice in the header"); return null; }
            columns.Add(name);
        }
        if (keys is null)
        {
            Problem(1, $"no key declared: start the file with a line '# key: {columns[0]}' naming the column(s) that identify a row");
            return null;
        }
        foreach (var key in keys.Where(k => !columns.Contains(k)))
        {
            Problem(keyLine, $"key column '{key}' is not in the header ({string.Join(", ", columns)})");
            return null;
        }

        var keyIndexes = keys.Select(k => columns.IndexOf(k)).ToArray();
        var rows = new List<SeedRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (line, comment, fields) in records.Skip(index + 1))
        {
            if (comment is not null) { Problem(line, "comment lines are only allowed before the header row"); ok = false; continue; }
            if (fields!.Count != columns.Count)
            {
                Problem(line, $"{fields.Count} field(s), but the header has {columns.Count}");
                ok = false;
                continue;
            }
            var keyValues = keyIndexes.Select(i => fields[i]).ToArray();
            if (keyValues.Any(v => v is null))
            {
                Problem(line, $"empty key value ({string.Join(", ", keys)}): every row needs its key");
                ok = false;
                continue;
            }
            var keyText = string.Join("\u001f", keyValues);
            if (seen.TryGetValue(keyText, out var first))
            {
                Problem(line, $"duplicate key ({string.Join(", ", keys)}) = ({string.Join(", ", keyValues)}), first on line {first}");
                ok = false;
                continue;
            }
            seen[keyText] = line;
            rows.Add(new SeedRow(line, fields));
        }
        if (!ok) return null;

        return new SeedFile
        {
            RelativePath = relativePath,
            Schema = table.Schema,
            Table = table.Table,
            Columns = columns,
            KeyColumns = keys,
            HeaderLine = headerLine,
            Rows = rows,
            AllowDelete = allow,
        };
    }

    /// <summary>One physical record: its first line, the comment text (after '#') or the fields.</summary>
    private readonly record struct Record(int Line, string? Comment, List<string?>? Fields);

    private readonly record struct ParseProblem(int Line, string Message);

    /// <summary>Splits the text into records; blank lines are skipped; '#' lines are comments (the caller limits where).</summary>
    private static List<Record> Parse(string text, out ParseProblem? problem)
    {
        problem = null;
        var records = new List<Record>();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            if (text[i] == '\n' || (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                i += text[i] == '\r' ? 2 : 1;
                line++;
                continue;
            }
            if (text[i] == '#')
            {
                var end = text.IndexOf('\n', i);
                var body = (end < 0 ? text[(i + 1)..] : text[(i + 1)..end]).TrimEnd('\r');
                records.Add(new Record(start, body, null));
                i = end < 0 ? text.Length : end + 1;
                line++;
                continue;
            }

            var fields = new List<string?>();
            var field = new StringBuilder();
            var quoted = false;
            var atFieldStart = true;
            while (true)
            {
                if (i >= text.Length || text[i] == '\n' || (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    fields.Add(quoted ? field.ToString() : field.Length == 0 ? null : field.ToString());
                    if (i < text.Length) { i += text[i] == '\r' ? 2 : 1; line++; }
                    break;
                }
                var c = text[i];
                if (c == ',')
                {
                    fields.Add(quoted ? field.ToString() : field.Length == 0 ? null : field.ToString());
                    field.Clear();
                    quoted = false;
                    atFieldStart = true;
                    i++;
                    continue;
                }
                if (c == '"')
                {
                    if (!atFieldStart)
                    {
                        problem = new ParseProblem(line, "a quote inside an unquoted field; quote the whole field and double the quote (\"a \"\"b\"\"\")");
                        return records;
                    }
                    var quoteLine = line;
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            problem = new ParseProblem(quoteLine, "unterminated quoted field (a \" opened here is never closed)");
                            return records;
                        }
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                            i++;
                            break;
                        }
                        if (text[i] == '\n') line++;
                        field.Append(text[i]);
                        i++;
                    }
                    quoted = true;
                    atFieldStart = false;
                    if (i < text.Length && text[i] != ',' && text[i] != '\n' && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                    {
                        problem = new ParseProblem(line, "text after a closing quote; a quoted field must end at the next comma or line end");
                        return records;
                    }
                    continue;
                }
                field.Append(c);
                atFieldStart = false;
                i++;
            }
            records.Add(new Record(start, null, fields));
        }
        return records;
    }
}
