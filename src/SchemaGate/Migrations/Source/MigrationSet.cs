using SchemaGate.Findings;

namespace SchemaGate.Migrations.Source;

/// <summary>
/// The up scripts of a migrations folder, ordered by version, with their down scripts attached, and the
/// SG1xx findings about the files. Files with a malformed name or a duplicated version, down scripts
/// without an up script and files that are not UTF-8 are not in <see cref="Scripts"/>; they are only reported.
/// </summary>
public sealed record MigrationSet(IReadOnlyList<MigrationScript> Scripts, IReadOnlyList<Finding> Findings);
