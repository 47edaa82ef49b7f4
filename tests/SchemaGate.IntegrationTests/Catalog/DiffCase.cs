using SchemaGate.Catalog;
using SchemaGate.Diff;

namespace SchemaGate.IntegrationTests.Catalog;

/// <summary>
/// One acceptance case: the DDL of database A, the DDL of database B and the changes diff(A, B) must give, each
/// written as <c>"Kind ObjectKind identity [attr, attr]"</c> (see <see cref="SchemaChange.ToString"/>).
/// <c>{r1}</c> and <c>{r2}</c> in the DDL stand for roles created for the case and dropped after it.
/// </summary>
public sealed record DiffCase(string Name, string A, string B, IReadOnlyList<string> Expected)
{
    public SnapshotOptions Snapshot { get; init; } = SnapshotOptions.Default;
    public DiffOptions Diff { get; init; } = DiffOptions.Default;

    public bool NeedsRoles => A.Contains("{r", StringComparison.Ordinal) || B.Contains("{r", StringComparison.Ordinal);

    public override string ToString() => Name;
}
