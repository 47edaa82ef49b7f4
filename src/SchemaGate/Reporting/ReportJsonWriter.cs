using System.Text;
using System.Text.Json;
using SchemaGate.Findings;
using SchemaGate.Security;

namespace SchemaGate.Reporting;

/// <summary>
/// Writes report.json, the contract other tools read (docs/schemas/report.schema.json). Field names and
/// values are fixed: extend with new fields, never rename or remove one. Every string passes the redactor.
/// </summary>
public sealed class ReportJsonWriter(Redactor redactor)
{
    public const int SchemaVersion = 1;

    public string Render(GateReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("verdict", ReportText.Verdict(report.Verdict));
            json.WriteString("toolVersion", redactor.Redact(report.Context.ToolVersion));
            json.WriteBoolean("strict", report.Context.Strict);
            WriteNullableString(json, "policyFile", report.Context.PolicyFile);
            WriteSummary(json, report);
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings) WriteFinding(json, finding, report.Context.Strict);
            json.WriteEndArray();
            WriteContext(json, report.Context);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteSummary(Utf8JsonWriter json, GateReport report)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("blocking", report.Blocking.Count);
        json.WriteNumber("errors", report.Findings.Count(f => f.Severity == Severity.Error));
        json.WriteNumber("warnings", report.Findings.Count(f => f.Severity == Severity.Warning));
        json.WriteNumber("notices", report.Findings.Count(f => f.Severity == Severity.Notice));
        json.WriteNumber("allowed", report.Allowed.Count);
        json.WriteNumber("history", report.History.Count);
        json.WriteEndObject();
    }

    private void WriteFinding(Utf8JsonWriter json, Finding finding, bool strict)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", ReportText.Severity(finding.Severity));
        json.WriteString("title", redactor.Redact(finding.Title));
        json.WriteString("message", redactor.Redact(FindingText.Describe(finding)));
        WriteNullableString(json, "file", finding.File);
        WriteNullableInt(json, "line", finding.Line);
        WriteNullableInt(json, "column", finding.Column);
        WriteNullableString(json, "object", finding.Object);
        if (finding.Suppressed is { } s)
        {
            json.WriteStartObject("suppressed");
            json.WriteString("kind", ReportText.Kebab(s.Kind));
            json.WriteString("reason", redactor.Redact(s.Reason));
            WriteNullableString(json, "file", s.File);
            WriteNullableInt(json, "line", s.Line);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("suppressed");
        }
        if (finding.Policy is { } p)
        {
            // The severity above is the effective one; this says the policy file changed it, and from what.
            json.WriteStartObject("policy");
            json.WriteString("from", ReportText.Severity(p.From));
            json.WriteString("to", ReportText.Severity(p.To));
            WriteNullableString(json, "file", p.File);
            WriteNullableInt(json, "line", p.Line);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("policy");
        }
        WriteNullableString(json, "help", finding.Help);
        json.WriteBoolean("blocks", Judgement.Judge.IsBlocking(finding, strict));
        json.WriteString("docs", ReportText.DocLink(finding.RuleId));
        json.WriteString("family", ReportText.Kebab(finding.Rule.Family));
        json.WriteString("scope", ReportText.Kebab(finding.Scope));
        WriteNullableInt(json, "statement", finding.Statement);
        WriteEvidence(json, finding.Evidence);
        json.WriteEndObject();
    }

    /// <summary>The typed evidence: what the traced run saw, what production holds.</summary>
    private void WriteEvidence(Utf8JsonWriter json, FindingEvidence evidence)
    {
        json.WriteStartObject("evidence");
        json.WriteStartArray("trace");
        foreach (var fact in evidence.Trace)
        {
            json.WriteStartObject();
            json.WriteString("kind", ReportText.Kebab(fact.Kind));
            json.WriteString("object", redactor.Redact(fact.Object));
            WriteNullableString(json, "objectKind", fact.ObjectKind);
            WriteNullableString(json, "mode", fact.Mode);
            WriteStrings(json, "with", fact.With);
            WriteNullableString(json, "statement", fact.Statement);
            WriteNullableString(json, "via", fact.Via);
            json.WriteBoolean("fromSchemaDiff", fact.FromSchemaDiff);
            json.WriteString("text", redactor.Redact(FindingText.Fact(fact)));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (evidence.Impact is { } impact)
        {
            json.WriteStartObject("impact");
            json.WriteString("table", redactor.Redact(impact.Table));
            WriteNullableString(json, "column", impact.Target.Column);
            if (impact.ExactRows is { } exact) json.WriteNumber("rows", exact); else json.WriteNull("rows");
            json.WriteNumber("estimatedRows", Math.Round(impact.EstimatedRows));
            json.WriteNumber("totalBytes", impact.TotalBytes);
            if (impact.NonNullValues is { } values) json.WriteNumber("nonNullValues", values); else json.WriteNull("nonNullValues");
            json.WriteEndObject();
        }
        else json.WriteNull("impact");
        WriteNullableString(json, "uncertain", evidence.Uncertain);
        json.WriteEndObject();
    }

    private void WriteContext(Utf8JsonWriter json, GateContext context)
    {
        json.WriteStartObject("context");
        if (context.StartedAt is { } started) json.WriteString("startedAt", started.ToUniversalTime().ToString("O"));
        else json.WriteNull("startedAt");

        json.WriteStartArray("targets");
        foreach (var t in context.Targets)
        {
            json.WriteStartObject();
            json.WriteString("name", redactor.Redact(t.Name));
            json.WriteString("status", t.Status.ToString());
            json.WriteNumber("durationMs", (long)t.Duration.TotalMilliseconds);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        if (context.Postgres is { } pg)
        {
            json.WriteStartObject("postgres");
            WriteNullableString(json, "ephemeral", pg.Ephemeral);
            WriteNullableString(json, "production", pg.Production);
            WriteNullableString(json, "warning", pg.Warning);
            json.WriteEndObject();
        }
        else json.WriteNull("postgres");

        if (context.Migrations is { } m)
        {
            json.WriteStartObject("migrations");
            json.WriteNumber("total", m.Total);
            json.WriteNumber("applied", m.Applied);
            WriteStrings(json, "pending", m.Pending);
            json.WriteEndObject();
        }
        else json.WriteNull("migrations");

        if (context.Drift is { } d)
        {
            json.WriteStartObject("drift");
            json.WriteBoolean("checked", d.Checked);
            WriteNullableString(json, "reason", d.Reason);
            json.WriteNumber("added", d.Added);
            json.WriteNumber("removed", d.Removed);
            json.WriteNumber("altered", d.Altered);
            if (d.Fix is { } fix)
            {
                json.WriteStartObject("fix");
                json.WriteString("revert", fix.Revert);
                WriteNullableString(json, "revertOnline", fix.RevertOnline);
                json.WriteBoolean("revertValidated", fix.RevertValidated);
                json.WriteString("adopt", fix.Adopt);
                WriteNullableString(json, "adoptOnline", fix.AdoptOnline);
                json.WriteBoolean("adoptValidated", fix.AdoptValidated);
                json.WriteEndObject();
            }
            else json.WriteNull("fix");
            json.WriteEndObject();
        }
        else json.WriteNull("drift");

        if (context.Configuration is { } c)
        {
            json.WriteStartObject("configuration");
            json.WriteString("environment", c.Environment);
            WriteNullableString(json, "production", c.Production);
            WriteNullableString(json, "productionFingerprint", c.ProductionFingerprint);
            WriteNullableString(json, "productionVersion", c.ProductionVersion);
            WriteNullableString(json, "development", c.Development);
            WriteNullableString(json, "developmentFingerprint", c.DevelopmentFingerprint);
            json.WriteEndObject();
        }
        else json.WriteNull("configuration");
        if (context.Deploy is { } deploy) DeployJson.Write(json, deploy, redactor);
        if (context.Seeds is { } seeds) WriteSeeds(json, seeds);

        WriteNullableString(json, "change", context.Change);
        WriteStrings(json, "checksDone", context.ChecksDone);
        WriteStrings(json, "checksNotDone", context.ChecksNotDone);

        json.WriteStartArray("timings");
        foreach (var t in context.Timings)
        {
            json.WriteStartObject();
            json.WriteString("name", redactor.Redact(t.Name));
            json.WriteNumber("durationMs", (long)t.Duration.TotalMilliseconds);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteSeeds(Utf8JsonWriter json, SeedSummary seeds)
    {
        json.WriteStartObject("seeds");
        json.WriteString("mode", seeds.Mode);
        json.WriteBoolean("planned", seeds.Planned);
        WriteNullableString(json, "reason", seeds.Reason);
        json.WriteStartArray("tables");
        foreach (var t in seeds.Tables)
        {
            json.WriteStartObject();
            json.WriteString("table", redactor.Redact(t.Table));
            json.WriteString("file", redactor.Redact(t.File));
            json.WriteNumber("rows", t.Rows);
            json.WriteNumber("insert", t.Insert);
            json.WriteNumber("update", t.Update);
            json.WriteNumber("unchanged", t.Unchanged);
            json.WriteNumber("delete", t.Delete);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(redactor.Redact(v));
        json.WriteEndArray();
    }

    private void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, redactor.Redact(value));
    }

    private static void WriteNullableInt(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
