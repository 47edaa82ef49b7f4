using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SchemaGate.Findings;
using SchemaGate.Security;

namespace SchemaGate.Reporting;

/// <summary>Where SARIF links point. Built from the GitHub environment when known.</summary>
public sealed record SarifOptions
{
    public const string DefaultInformationUri = "https://github.com/schemagate/schemagate";

    /// <summary>The tool's home page (tool.driver.informationUri).</summary>
    public string InformationUri { get; init; } = DefaultInformationUri;

    /// <summary>Absolute base for rule pages (helpUri = base + docs/rules/&lt;id&gt;.md); none when null.</summary>
    public string? DocsBaseUri { get; init; }

    /// <summary>
    /// Repository-relative file to attach findings without a file to (code scanning rejects results without a
    /// physical location). When null such results carry only a logical location naming the database object.
    /// </summary>
    public string? FallbackArtifactUri { get; init; }

    /// <summary>
    /// Links for a run: with GITHUB_REPOSITORY (and GITHUB_SERVER_URL, default https://github.com) rule pages and the
    /// tool's page point at the repository on GitHub, at GITHUB_SHA when known, else at HEAD. Without them helpUri is
    /// left out (SARIF wants an absolute URI there) and the rule's help keeps its repository-relative link.
    /// Findings without a file (drift on a database object) are attached to <paramref name="fallbackArtifact"/>
    /// (the first migration script: the history the object is compared with), line 1, with the object as a
    /// logical location; code scanning needs a file and a region on every result.
    /// </summary>
    public static SarifOptions From(IReadOnlyDictionary<string, string?> environment, string? fallbackArtifact)
    {
        string? Get(string name) => environment.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var fallback = fallbackArtifact?.Replace('\\', '/').TrimStart('/');
        var options = new SarifOptions { FallbackArtifactUri = string.IsNullOrEmpty(fallback) ? null : fallback };
        var repository = Get("GITHUB_REPOSITORY");
        if (repository is null || repository.Split('/') is not [{ Length: > 0 }, { Length: > 0 }]) return options;
        var server = (Get("GITHUB_SERVER_URL") ?? "https://github.com").TrimEnd('/');
        if (!Uri.TryCreate(server, UriKind.Absolute, out _)) return options;
        var reference = Get("GITHUB_SHA") ?? "HEAD";
        var blob = $"{server}/{repository}/blob/{Uri.EscapeDataString(reference)}/";
        return options with { DocsBaseUri = blob, InformationUri = blob + "README.md" };
    }
}

/// <summary>Writes report.sarif (SARIF 2.1.0) for code scanning: every catalogued rule, one result per finding.</summary>
public sealed class SarifWriter(Redactor redactor, SarifOptions? options = null)
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "%SRCROOT%";
    private readonly SarifOptions _options = options ?? new SarifOptions();

    public string Render(GateReport report)
    {
        var rules = RuleCatalog.All.Union(report.Findings.Select(f => f.Rule)).ToList();

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "SchemaGate");
            json.WriteString("informationUri", _options.InformationUri);
            json.WriteString("version", redactor.Redact(report.Context.ToolVersion));
            json.WriteStartArray("rules");
            foreach (var rule in rules) WriteRule(json, rule);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteStartObject("description");
            json.WriteString("text", "The repository root.");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var f in report.Findings)
            {
                var index = rules.FindIndex(r => string.Equals(r.Id, f.RuleId, StringComparison.OrdinalIgnoreCase));
                WriteResult(json, f, rules[index].Id, index);
            }
            json.WriteEndArray();

            json.WriteString("columnKind", "unicodeCodePoints");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private void WriteRule(Utf8JsonWriter json, Rule rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalName(rule.Title));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Summary);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Help} See {rule.DocPath}.");
        json.WriteString("markdown", $"{rule.Help}\n\nSee [{rule.Id}: {rule.Title}]({RuleLink(rule.Id)}).");
        json.WriteEndObject();
        if (_options.DocsBaseUri is not null) json.WriteString("helpUri", RuleLink(rule.Id));
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private string RuleLink(string id) => _options.DocsBaseUri is { } baseUri
        ? baseUri.TrimEnd('/') + "/" + ReportText.DocLink(id)
        : ReportText.DocLink(id);

    private void WriteResult(Utf8JsonWriter json, Finding f, string ruleId, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", ruleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(f.Severity));
        json.WriteStartObject("message");
        var text = f.Object is null || f.File is null ? FindingText.Describe(f) : $"{FindingText.Describe(f)} (object: {f.Object})";
        json.WriteString("text", redactor.Redact(text));
        json.WriteEndObject();

        var file = f.File ?? _options.FallbackArtifactUri;
        if (file is not null || f.Object is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            if (file is not null)
            {
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", redactor.Redact(RelativeUri(file)));
                json.WriteString("uriBaseId", SourceRoot);
                json.WriteEndObject();
                if (f.File is not null && f.Line is > 0)
                {
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", f.Line.Value);
                    if (f.Column is > 0) json.WriteNumber("startColumn", f.Column.Value);
                    json.WriteEndObject();
                }
                else
                {
                    // Code scanning wants a region on every location: the top of the file.
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", 1);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            if (f.Object is not null)
            {
                json.WriteStartArray("logicalLocations");
                json.WriteStartObject();
                json.WriteString("fullyQualifiedName", redactor.Redact(f.Object));
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString("schemagate/v1", Fingerprint(f));
        json.WriteEndObject();

        if (f.Suppressed is { } s)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", s.Kind == SuppressionKind.Policy ? "external" : "inSource");
            json.WriteString("justification", redactor.Redact(s.Reason));
            if (s.File is not null)
            {
                json.WriteStartObject("location");
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", redactor.Redact(RelativeUri(s.File)));
                json.WriteString("uriBaseId", SourceRoot);
                json.WriteEndObject();
                if (s.Line is > 0)
                {
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", s.Line.Value);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>A repository-relative path as a relative URI reference: forward slashes, each segment percent-encoded.</summary>
    public static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').TrimStart('/').Split('/').Select(Uri.EscapeDataString));

    private static string Fingerprint(Finding f)
    {
        var key = $"{f.RuleId}|{f.File}|{f.Statement}|{f.Object}|{f.Message}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    private static string PascalName(string title)
    {
        var sb = new StringBuilder();
        foreach (var word in title.Split([' ', '-', '/', '(', ')', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length == 0) continue;
            sb.Append(char.ToUpperInvariant(letters[0])).Append(letters[1..]);
        }
        return sb.ToString();
    }
}
