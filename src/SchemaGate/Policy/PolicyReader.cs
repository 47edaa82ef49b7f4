using System.Text.Json;
using SchemaGate.Catalog;
using SchemaGate.Failures;
using SchemaGate.Findings;

namespace SchemaGate.Policy;

/// <summary>
/// Reads schemagate.policy.json (docs/schemas/policy.schema.json). Anything it does not understand (malformed JSON,
/// an unknown key, rule id or severity, a value of the wrong type) is a <see cref="UsageException"/> naming the file
/// and line, so the run stops before anything starts. Comments and trailing commas are tolerated.
/// </summary>
public static class PolicyReader
{
    private static readonly string[] TopLevelKeys = ["$schema", "rules", "strict", "drift"];
    private static readonly string[] DriftKeys = ["includeSchemas", "excludeSchemas", "ignoreObjects"];
    private static readonly string[] Levels = ["error", "warning", "notice", "off"];

    /// <summary>Reads and parses the file; <paramref name="displayPath"/> is how messages and reports name it.</summary>
    public static async Task<GatePolicy> LoadAsync(string path, string displayPath, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"--policy: the policy file {displayPath} does not exist.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--policy: the policy file {displayPath} cannot be read ({e.Message}).", e);
        }
        return Parse(bytes, displayPath);
    }

    public static GatePolicy Parse(string json, string displayPath) => Parse(System.Text.Encoding.UTF8.GetBytes(json), displayPath);

    public static GatePolicy Parse(byte[] utf8, string displayPath)
    {
        var start = utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var bytes = utf8.AsMemory(start);
        var reader = new Utf8JsonReader(bytes.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var context = new Context(displayPath, bytes);
        try
        {
            var policy = ReadPolicy(ref reader, context);
            while (reader.Read()) { } // anything after the object is malformed JSON, reported by the reader
            return policy;
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var detail = e.Message.Split(" LineNumber:", 2)[0].Trim();
            throw new UsageException($"{displayPath}:{line}: the policy file is not valid JSON: {detail}", e);
        }
    }

    private static GatePolicy ReadPolicy(ref Utf8JsonReader reader, Context context)
    {
        if (!reader.Read()) throw context.Error(1, "the policy file is empty; it must hold a JSON object (see docs/policy.md)");
        if (reader.TokenType != JsonTokenType.StartObject)
            throw context.Error(context.LineOf(reader), "the policy must be a JSON object (see docs/policy.md)");

        var policy = new GatePolicy { Source = context.Path };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var line = context.LineOf(reader);
            if (!seen.Add(key)) throw context.Error(line, $"\"{key}\" is given twice");
            reader.Read();
            if (key == "$schema")
            {
                Expect(ref reader, context, JsonTokenType.String, "$schema", "a string");
                continue;
            }
            policy = key switch
            {
                "rules" => policy with { Rules = ReadRules(ref reader, context) },
                "strict" => policy with { Strict = ReadBool(ref reader, context, "strict") },
                "drift" => policy with { Drift = ReadDrift(ref reader, context) },
                _ => throw context.Error(line, $"unknown key \"{key}\"; the policy knows {string.Join(", ", TopLevelKeys)}"),
            };
        }
        return policy;
    }

    private static Dictionary<string, RuleSetting> ReadRules(ref Utf8JsonReader reader, Context context)
    {
        Expect(ref reader, context, JsonTokenType.StartObject, "rules", "an object of rule id to severity, e.g. {\"SG301\": \"error\"}");
        var rules = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var id = reader.GetString()!;
            var line = context.LineOf(reader);
            var rule = RuleCatalog.Find(id)
                ?? throw context.Error(line, $"unknown rule id \"{id}\" in rules; see docs/rules/README.md for the catalogue");
            if (rules.ContainsKey(rule.Id)) throw context.Error(line, $"rule {rule.Id} is given twice in rules");
            reader.Read();
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            var level = text is null ? -1 : Array.IndexOf(Levels, text);
            if (level < 0)
                throw context.Error(context.LineOf(reader),
                    $"unknown severity {Shown(ref reader)} for {rule.Id}; use one of {string.Join(", ", Levels)}");
            rules[rule.Id] = new RuleSetting(rule.Id, level switch
            {
                0 => RuleLevel.Error,
                1 => RuleLevel.Warning,
                2 => RuleLevel.Notice,
                _ => RuleLevel.Off,
            }, line);
        }
        return rules;
    }

    private static DriftPolicy ReadDrift(ref Utf8JsonReader reader, Context context)
    {
        Expect(ref reader, context, JsonTokenType.StartObject, "drift", "an object with includeSchemas, excludeSchemas and ignoreObjects");
        var drift = DriftPolicy.None;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var line = context.LineOf(reader);
            if (!seen.Add(key)) throw context.Error(line, $"drift.{key} is given twice");
            reader.Read();
            drift = key switch
            {
                "includeSchemas" => drift with { IncludeSchemas = ReadStrings(ref reader, context, "drift.includeSchemas", checkKind: false) },
                "excludeSchemas" => drift with { ExcludeSchemas = ReadStrings(ref reader, context, "drift.excludeSchemas", checkKind: false) },
                "ignoreObjects" => drift with { IgnoreObjects = ReadStrings(ref reader, context, "drift.ignoreObjects", checkKind: true) },
                _ => throw context.Error(line, $"unknown key \"drift.{key}\"; drift knows {string.Join(", ", DriftKeys)}"),
            };
        }
        return drift;
    }

    private static string[] ReadStrings(ref Utf8JsonReader reader, Context context, string name, bool checkKind)
    {
        Expect(ref reader, context, JsonTokenType.StartArray, name, "an array of glob patterns");
        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = context.LineOf(reader);
            var value = reader.TokenType == JsonTokenType.String ? reader.GetString()!.Trim() : null;
            if (string.IsNullOrEmpty(value)) throw context.Error(line, $"{name} holds {Shown(ref reader)}; every entry must be a non-empty string");
            if (checkKind && value.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && !SnapshotFilter.TryParseKind(value[..colon], out _))
                throw context.Error(line, $"{name}: unknown object kind \"{value[..colon]}\" in \"{value}\"; use one of {string.Join(", ", Enum.GetNames<ObjectKind>().Select(n => n.ToLowerInvariant()))}");
            values.Add(value);
        }
        return values.ToArray();
    }

    private static bool ReadBool(ref Utf8JsonReader reader, Context context, string name)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False) return reader.GetBoolean();
        throw context.Error(context.LineOf(reader), $"{name} must be true or false, not {Shown(ref reader)}");
    }

    private static void Expect(ref Utf8JsonReader reader, Context context, JsonTokenType type, string name, string what)
    {
        if (reader.TokenType == type) return;
        throw context.Error(context.LineOf(reader), $"{name} must be {what}, not {Shown(ref reader)}");
    }

    private static string Shown(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"\"{reader.GetString()}\"",
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    /// <summary>The file's name for messages and the byte offsets of its lines.</summary>
    private sealed class Context(string path, ReadOnlyMemory<byte> bytes)
    {
        public string Path { get; } = path;

        public int LineOf(Utf8JsonReader reader) => LineAt((int)reader.TokenStartIndex);

        public int LineAt(int offset)
        {
            var line = 1;
            var span = bytes.Span[..Math.Min(offset, bytes.Length)];
            foreach (var b in span) if (b == (byte)'\n') line++;
            return line;
        }

        public UsageException Error(int line, string message) => new($"{Path}:{line}: {message}");
    }
}
