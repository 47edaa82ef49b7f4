using System.Globalization;

namespace SchemaGate.Benchmarks.Generate;

/// <summary>The numbers of <see cref="GenerateBenchmark"/>, as a docs/benchmarks.md section.</summary>
public sealed record GenerateBenchmarkResult(
    int Tables,
    int Objects,
    int TablesChanged,
    int Differences,
    int Statements,
    bool Validated,
    string CopyMethod,
    IReadOnlyList<double> SourceSnapshotMs,
    IReadOnlyList<double> TargetSnapshotMs,
    IReadOnlyList<double> GenerationMs,
    IReadOnlyList<double> ValidationMs,
    IReadOnlyList<double> PgDumpMs)
{
    public const double TargetMs = 3000;

    public double BeyondSnapshotsMedianMs => Machine.Median(GenerationMs.Zip(ValidationMs, (g, v) => g + v));

    public string ToMarkdown(string machine)
    {
        var s = new System.Text.StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"## GenerateMigration on a {Tables:N0}-table database with about 1% changed\n\n");
        s.Append("Source: the catalog benchmark's tables; target: the same built again with one table in a hundred changed (columns added, ");
        s.Append("types widened, indexes added, checks changed, comments and NOT NULL). Both snapshotted (not counted), then the migration ");
        s.Append("generated (plan, render, lint) and validated (copy of the source, apply with the traced analysis, snapshot, compare), ");
        s.Append(CultureInfo.InvariantCulture, $"{GenerationMs.Count} times each; peer: `pg_dump --schema-only` of the source in the same run. ");
        s.Append("Command: `dotnet run --project tests/SchemaGate.Benchmarks -c Release -- --only generate`.\n\n");
        s.Append(machine).Append("\n\n");
        s.Append(CultureInfo.InvariantCulture, $"{Objects:N0} objects in the source; {TablesChanged} tables changed, {Differences} differences, ");
        s.Append(CultureInfo.InvariantCulture, $"{Statements} statements; validated: {(Validated ? "yes" : "**no**")}, on {CopyMethod}.\n\n");
        s.Append("| measurement | median | raw (ms) | target | met |\n|---|---|---|---|---|\n");
        Row(s, "snapshot of the source (not counted)", SourceSnapshotMs, "", null);
        Row(s, "snapshot of the target (not counted)", TargetSnapshotMs, "", null);
        Row(s, "generation: plan, render, lint", GenerationMs, "", null);
        Row(s, "validation: copy, apply (traced), snapshot, compare", ValidationMs, "", null);
        var beyond = GenerationMs.Zip(ValidationMs, (g, v) => g + v).ToList();
        Row(s, "**generation + validation** (beyond the two snapshots)", beyond, $"≤ {TargetMs:0} ms", BeyondSnapshotsMedianMs <= TargetMs);
        Row(s, "`pg_dump --schema-only` of the source (peer)", PgDumpMs, "", null);
        return s.ToString();
    }

    private static void Row(System.Text.StringBuilder s, string name, IReadOnlyList<double> times, string target, bool? met) =>
        s.Append(CultureInfo.InvariantCulture,
            $"| {name} | {Machine.Median(times):0} ms | {string.Join(", ", times.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))} | {target} | {(met is { } m ? (m ? "yes" : "**no**") : "")} |\n");
}
