using System.Text.Encodings.Web;
using System.Text.Json;
using SchemaGate.Failures;

namespace SchemaGate.Catalog;

/// <summary>
/// Stable JSON for snapshots: keys sorted, objects sorted by kind then identity, indented, LF newlines, so the
/// same schema always gives the same bytes and two snapshot files can be compared as text or read back and diffed.
/// </summary>
public static class SnapshotJson
{
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const int FlushAt = 1 << 20;

    private static readonly Dictionary<ObjectKind, string> KindNames = Enum.GetValues<ObjectKind>().ToDictionary(k => k, k => k.ToString());

    private static string KindName(ObjectKind kind) => KindNames.TryGetValue(kind, out var name) ? name : kind.ToString();

    public static void Write(SchemaSnapshot snapshot, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("formatVersion", FormatVersion);
        w.WriteStartArray("objects");
        foreach (var o in snapshot.Objects)
        {
            w.WriteStartObject();
            w.WriteStartObject("attributes");
            foreach (var (name, value) in o.Attributes) w.WriteString(name, value);
            w.WriteEndObject();
            w.WriteString("identity", o.Identity);
            w.WriteString("kind", KindName(o.Kind));
            if (o.Parent is not null) w.WriteString("parent", o.Parent);
            w.WriteString("schema", o.Schema);
            w.WriteEndObject();
            // The writer buffers everything until flushed: a 160,000-object snapshot would otherwise grow one
            // buffer to its whole size (47 MB), copying it at every doubling.
            if (w.BytesPending > FlushAt) w.Flush();
        }
        w.WriteEndArray();
        w.WriteNumber("serverMajor", snapshot.ServerMajor);
        w.WriteString("serverVersion", snapshot.ServerVersion);
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    public static string WriteToString(SchemaSnapshot snapshot)
    {
        using var ms = new MemoryStream();
        Write(snapshot, ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <exception cref="UsageException">the stream is not a snapshot this version can read.</exception>
    public static SchemaSnapshot Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var doc = JsonDocument.Parse(stream);
            var root = doc.RootElement;
            var version = root.GetProperty("formatVersion").GetInt32();
            if (version != FormatVersion)
                throw new UsageException($"The snapshot has format version {version}; this SchemaGate reads version {FormatVersion}.");
            var objects = new List<SchemaObject>();
            foreach (var e in root.GetProperty("objects").EnumerateArray())
            {
                var attrs = e.GetProperty("attributes").EnumerateObject()
                    .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString() ?? ""));
                var kindText = e.GetProperty("kind").GetString() ?? "";
                if (!Enum.TryParse<ObjectKind>(kindText, out var kind))
                    throw new UsageException($"The snapshot has an object of unknown kind '{kindText}'.");
                objects.Add(new SchemaObject(
                    kind,
                    e.GetProperty("identity").GetString() ?? "",
                    e.GetProperty("schema").GetString() ?? "",
                    e.TryGetProperty("parent", out var parent) ? parent.GetString() : null,
                    AttributeMap.From(attrs)));
            }
            return new SchemaSnapshot(
                root.GetProperty("serverVersion").GetString() ?? "",
                root.GetProperty("serverMajor").GetInt32(),
                objects);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new UsageException($"The file is not a SchemaGate snapshot: {ex.Message}", ex);
        }
    }
}
