using System.Globalization;
using System.Text;
using SchemaGate.Benchmarks;
using SchemaGate.Benchmarks.Catalog;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Security;

// ./build.sh Benchmark  ->  dotnet run --project tests/SchemaGate.Benchmarks -c Release -- --output docs/benchmarks.md
// Options: --only gate,start,lint,apply,backlog,big,tracing,catalog,generate (run only those; their sections in --output are replaced, the rest kept),
//          --only rules (recall and false alarms per rule family on the rule corpus, written into docs/rules/README.md; not in the default run),
//          --catalog-tables N (default 10000; 0 skips the catalog benchmark),
//          --catalog-url URL (measure the catalog on that existing database instead of an ephemeral one; it is given
//          the benchmark tables when it lacks them).
var output = Arg("--output") ?? "docs/benchmarks.md";
var tables = int.Parse(Arg("--catalog-tables") ?? "10000", CultureInfo.InvariantCulture);
var backlog = (Arg("--backlog") ?? "2000,10000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
var only = (Arg("--only") ?? "gate,start,lint,apply,backlog,big,tracing,catalog,generate").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
var catalogUrl = Arg("--catalog-url");
var ct = CancellationToken.None;
var sections = new List<(string Heading, string Text)>();
string? machineLine = null;
var work = Directory.CreateTempSubdirectory("sg-bench-").FullName;
File.SetUnixFileMode(work, (UnixFileMode)0b111_101_101);

try
{
    var machine = await Machine.DescribeAsync(ct);
    machineLine = machine;
    Console.WriteLine(machine);

    Settle();
    if (only.Contains("gate")) Add(await WholeProcessBenchmarks.GateAsync(work, 5, ct));

    if (only.Contains("start"))
    {
        var start = await EphemeralStartBenchmark.RunAsync(work, 10, ct);
        Add(start.ToMarkdown());
    }

    if (only.Contains("lint")) Add(LinterThroughputBenchmark.RunAndDescribe());
    Settle(); // the lint benchmark leaves 100 MB of SQL and its tokens to collect: not the next section's work

    LocalPostgresServer? server = null;
    try
    {
        if (only.Contains("apply") || only.Contains("tracing") || only.Contains("rules") || only.Contains("backlog") || (only.Contains("catalog") && tables > 0 && catalogUrl is null) ||
            (only.Contains("generate") && tables > 0))
            server = await LocalPostgresServer.StartAsync(new EphemeralOptions { WorkRoot = Path.Combine(work, "main") }, ct);
        if (only.Contains("apply"))
        {
            var apply = await MigrationThroughputBenchmark.RunAsync(server!, work, 1000, ct);
            Add(apply.ToMarkdown());
        }
        if (only.Contains("backlog"))
            foreach (var n in backlog) Add(await WholeProcessBenchmarks.BacklogAsync(server!, work, n, ct));
        if (only.Contains("big")) Add(await WholeProcessBenchmarks.BigScriptAsync(work, 50, ct));
        if (only.Contains("tracing")) Add((await TracingOverheadBenchmark.RunAsync(server!, 10, ct)).ToMarkdown());
        if (only.Contains("rules"))
        {
            var rules = await RulesCorpusBenchmark.RunAsync(server!, work, ct);
            Console.WriteLine(rules);
            await RulesCorpusBenchmark.WriteAsync(Arg("--rules-output") ?? "docs/rules/README.md", rules, ct);
        }
        if (only.Contains("catalog") && tables > 0)
        {
            Settle();
            var db = catalogUrl is not null
                ? DatabaseUrl.Parse(catalogUrl, "--catalog-url", new Redactor())
                : await server!.CreateDatabaseAsync("catalogbench", ct);
            var catalog = await new CatalogBenchmark(db, "pg_dump", tables, 5).RunAsync(ct);
            Add($"## Snapshot and diff of a {tables:N0}-table database\n\n" +
                "Each table: 10 columns, a primary key, a unique, a check, a foreign key and an index. Peer: `pg_dump --schema-only` " +
                "on the same database in the same run.\n\n" + machine + "\n\n" + catalog.ToMarkdown());
        }
        if (only.Contains("generate") && tables > 0)
        {
            Settle();
            var generate = await new SchemaGate.Benchmarks.Generate.GenerateBenchmark(server!, tables, 3).RunAsync(ct);
            Add(generate.ToMarkdown(machine));
        }
    }
    finally
    {
        if (server is not null) await server.DisposeAsync();
    }

    if (sections.Count == 0) return 0; // --only rules writes its own file
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    await File.WriteAllTextAsync(output, BenchmarkDocument.Merge(File.Exists(output) ? await File.ReadAllTextAsync(output, ct) : null, machine, sections), ct);
    Console.WriteLine($"written to {output}");
    return 0;
}
finally
{
    try { Directory.Delete(work, true); } catch (IOException) { }
}

// A full, compacting collection between sections, so that no section pays for collecting what an earlier one left.
static void Settle()
{
    System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
}

void Add(string markdown)
{
    var heading = markdown.Split('\n', 2)[0];
    // Every section says what it was measured on: a partial run (--only) keeps the other sections and the head of an older run.
    if (!markdown.Contains("Machine:", StringComparison.Ordinal) && machineLine is not null)
        markdown = heading + "\n\n" + machineLine + "\n\n" + markdown[heading.Length..].TrimStart('\n');
    sections.Add((heading, markdown));
    Console.WriteLine(markdown);
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
