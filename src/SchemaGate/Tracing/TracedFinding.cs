using SchemaGate.Findings;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tracing;

/// <summary>
/// A finding of the traced analysis, with the statement it came from (null when it could only be tied to the
/// script) and <see cref="Fact"/>: what was observed in a few words, added to a static finding that says the same.
/// </summary>
public sealed record TracedFinding(Finding Finding, MigrationScript Script, int? StatementIndex, string Fact);
