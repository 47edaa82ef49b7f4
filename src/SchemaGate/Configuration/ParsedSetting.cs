using SchemaGate.Connections;
using SchemaGate.Findings;

namespace SchemaGate.Configuration;

/// <summary>A connection setting after parsing: the URL, or the finding that says why it cannot be used (never both).</summary>
public sealed record ParsedSetting(ConnectionSetting Setting, DatabaseUrl? Url, Finding? Problem);
