using System.Globalization;

namespace SchemaGate.Benchmarks.Catalog;

/// <summary>
/// The measured numbers: snapshot times (ms), pg_dump --schema-only times (ms), diff times (ms) of two snapshots
/// (identical, and with about 1% of the objects changed), what the snapshot held, and memory.
/// </summary>
public sealed record CatalogBenchmarkResult(
    int Tables,
    int Objects,
    int JsonBytes,
    IReadOnlyList<double> SnapshotMs,
    IReadOnlyList<double> PgDumpMs,
    IReadOnlyList<double> DiffIdenticalMs,
    IReadOnlyList<double> DiffChangedMs,
    int ChangesFound,
    int ChangesMade,
    CatalogMemory Memory,
    IReadOnlyList<string> ProgressLines)
{
    // Issue 14: at most 1.2 s and 0.15 of pg_dump's time (issue 3 asked for 2 s and 0.25).
    public const double SnapshotTargetMs = 1200;
    public const double RatioTarget = 0.15;
    public const double DiffTargetMs = 200;

    /// <summary>CPU of this process during each timed snapshot (ms).</summary>
    public IReadOnlyList<double> ClientCpuMs { get; init; } = [];

    /// <summary>CPU of the PostgreSQL server's processes during each timed snapshot (ms); empty where it cannot be read.</summary>
    public IReadOnlyList<double> ServerCpuMs { get; init; } = [];

    /// <summary>The collector's pauses during each timed snapshot (ms).</summary>
    public IReadOnlyList<double> GcPauseMs { get; init; } = [];

    public double SnapshotMedianMs => Machine.Median(SnapshotMs);
    public double PgDumpMedianMs => Machine.Median(PgDumpMs);
    public double DiffIdenticalMedianMs => Machine.Median(DiffIdenticalMs);
    public double DiffChangedMedianMs => Machine.Median(DiffChangedMs);
    public double RatioToPgDump => PgDumpMedianMs > 0 ? SnapshotMedianMs / PgDumpMedianMs : double.NaN;

    /// <summary>The targets: snapshot median at most 1.2 s and 0.15 of pg_dump's time (issue 14); diff at most 0.2 s (issue 3).</summary>
    public bool MeetsTargets => SnapshotMedianMs <= SnapshotTargetMs && RatioToPgDump <= RatioTarget &&
                                DiffIdenticalMedianMs <= DiffTargetMs && DiffChangedMedianMs <= DiffTargetMs;

    public string ToMarkdown()
    {
        var s = new System.Text.StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"{Objects:N0} objects; the snapshot JSON is {JsonBytes / 1024:N0} KiB. ");
        s.Append(CultureInfo.InvariantCulture, $"Medians of {SnapshotMs.Count} snapshots (after one warm-up on the same connection), ");
        s.Append(CultureInfo.InvariantCulture, $"{PgDumpMs.Count} pg_dump runs and {DiffIdenticalMs.Count} diffs each; raw times in brackets. ");
        s.Append(CultureInfo.InvariantCulture, $"The timed snapshots report progress (over 1,000 tables): {ProgressLines.Count} lines each, the first `{ProgressLines.FirstOrDefault()}`.\n\n");
        s.Append("| measurement | median | raw (ms) | target | met |\n|---|---|---|---|---|\n");
        Row(s, "snapshot (`SnapshotReader.ReadAsync`)", SnapshotMs, $"≤ {SnapshotTargetMs:0} ms", SnapshotMedianMs <= SnapshotTargetMs);
        Row(s, "`pg_dump --schema-only` (peer)", PgDumpMs, "", null);
        s.Append(CultureInfo.InvariantCulture,
            $"| ratio snapshot / pg_dump | {RatioToPgDump:0.00} | | ≤ {RatioTarget:0.00} | {Met(RatioToPgDump <= RatioTarget)} |\n");
        Row(s, "diff of two identical snapshots (`SchemaDiff.Compare`)", DiffIdenticalMs, $"≤ {DiffTargetMs:0} ms", DiffIdenticalMedianMs <= DiffTargetMs);
        Row(s, $"diff with ~1% changed ({ChangesMade:N0} edits, {ChangesFound:N0} changes reported)", DiffChangedMs, $"≤ {DiffTargetMs:0} ms", DiffChangedMedianMs <= DiffTargetMs);
        if (ClientCpuMs.Count > 0) Row(s, "CPU of this process per snapshot", ClientCpuMs, "reported", null);
        if (ServerCpuMs.Count > 0) Row(s, "CPU of the PostgreSQL server per snapshot", ServerCpuMs, "reported", null);
        if (GcPauseMs.Count > 0) Row(s, "collector pauses per snapshot", GcPauseMs, "reported", null);
        s.Append(CultureInfo.InvariantCulture, $"| process peak working set | {Memory.PeakWorkingSetBytes / Mib:N0} MiB | | reported | |\n");
        s.Append(CultureInfo.InvariantCulture, $"| managed heap holding one snapshot | {Memory.SnapshotRetainedBytes / Mib:N0} MiB | | reported | |\n");
        s.Append(CultureInfo.InvariantCulture, $"| managed bytes allocated per snapshot | {Memory.AllocatedPerSnapshotBytes / Mib:N0} MiB | | reported | |\n");
        s.Append(CultureInfo.InvariantCulture, $"| peak managed heap (GC) | {Memory.PeakManagedHeapBytes / Mib:N0} MiB | | reported | |\n");
        if (ClientCpuMs.Count > 0 && ServerCpuMs.Count > 0)
        {
            // Client and server share the cores: their CPU time spread perfectly over all of them is a floor for the wall time.
            var cores = Environment.ProcessorCount;
            var floor = (Machine.Median(ClientCpuMs) + Machine.Median(ServerCpuMs)) / cores;
            s.Append(CultureInfo.InvariantCulture,
                $"\nThe client and the server share this machine's {cores} cores: their CPU time spread perfectly over all of them would take {floor:0} ms " +
                $"({floor / PgDumpMedianMs:0.00} of pg_dump); the server's alone, {Machine.Median(ServerCpuMs) / cores:0} ms.\n");
        }
        return s.ToString();
    }

    private const double Mib = 1024 * 1024;

    private static void Row(System.Text.StringBuilder s, string name, IReadOnlyList<double> times, string target, bool? met) =>
        s.Append(CultureInfo.InvariantCulture,
            $"| {name} | {Machine.Median(times):0} ms | {string.Join(", ", times.Select(t => t.ToString(t < 10 ? "0.0" : "0", CultureInfo.InvariantCulture)))} | {target} | {(met is { } m ? Met(m) : "")} |\n");

    private static string Met(bool met) => met ? "yes" : "**no**";
}

/// <summary>
/// Memory around snapshots: the process's peak working set (VmHWM), the managed heap one snapshot keeps alive,
/// the managed bytes one snapshot allocates while it is read, and the largest managed heap the GC reported.
/// </summary>
public sealed record CatalogMemory(long PeakWorkingSetBytes, long SnapshotRetainedBytes, long AllocatedPerSnapshotBytes, long PeakManagedHeapBytes);
