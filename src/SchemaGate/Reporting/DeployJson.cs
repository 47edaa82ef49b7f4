using System.Text.Json;
using SchemaGate.Security;

namespace SchemaGate.Reporting;

/// <summary>Writes the <c>context.deploy</c> section of report.json.</summary>
internal static class DeployJson
{
    public static void Write(Utf8JsonWriter json, DeploySummary deploy, Redactor redactor)
    {
        json.WriteStartObject("deploy");
        if (deploy.Backup is { } b)
        {
            json.WriteStartObject("backup");
            json.WriteString("file", redactor.Redact(b.File));
            json.WriteNumber("sizeBytes", b.SizeBytes);
            json.WriteBoolean("verified", b.Verified);
            Strings(json, "pruned", b.Pruned, redactor);
            if (b.Note is null) json.WriteNull("note"); else json.WriteString("note", redactor.Redact(b.Note));
            json.WriteEndObject();
        }
        else json.WriteNull("backup");

        json.WriteStartObject("migrate");
        json.WriteString("status", ReportText.Kebab(deploy.MigrateStatus));
        Strings(json, "applied", deploy.ScriptsApplied, redactor);
        if (deploy.FailedScript is null) json.WriteNull("failed"); else json.WriteString("failed", redactor.Redact(deploy.FailedScript));
        if (deploy.FailureMessage is null) json.WriteNull("message"); else json.WriteString("message", redactor.Redact(deploy.FailureMessage));
        Strings(json, "notAttempted", deploy.NotAttempted, redactor);
        json.WriteEndObject();

        json.WriteStartObject("verify");
        json.WriteString("status", ReportText.Kebab(deploy.VerifyStatus));
        json.WriteNumber("differences", deploy.VerifyDifferences);
        json.WriteEndObject();

        if (deploy.Fault is { } fault)
        {
            json.WriteStartObject("fault");
            json.WriteString("target", fault.Target);
            json.WriteString("cause", redactor.Redact(fault.Cause));
            if (fault.ProductionHas is { } has) Strings(json, "productionHas", has, redactor);
            else json.WriteNull("productionHas");
            if (fault.Unavailable is null) json.WriteNull("unavailable"); else json.WriteString("unavailable", redactor.Redact(fault.Unavailable));
            json.WriteString("query", fault.Query);
            json.WriteEndObject();
        }
        else json.WriteNull("fault");
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values, Redactor redactor)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(redactor.Redact(v));
        json.WriteEndArray();
    }
}
