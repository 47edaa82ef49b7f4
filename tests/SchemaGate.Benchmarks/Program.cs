using System.Diagnostics;
using System.Globalization;
using System.Text;
using SchemaGate.Benchmarks;
using SchemaGate.Benchmarks.Catalog;
using SchemaGate.Ephemeral;

// ./build.sh Benchmark  ->  dotnet run --project tests/SchemaGate.Benchmarks -c Release -- --output docs/benchmarks.md
var output = Arg("--output") ?? "docs/benchmarks.md";
var tables = int.Parse(Arg("--catalog-tables") ?? "10000", CultureInfo.InvariantCulture);
var ct = CancellationToken.None;
var md = new StringBuilder();
var work = Directory.CreateTempSubdirectory("sg-bench-").FullName;
File.SetUnixFileMode(work, (UnixFileMode)0b111_101_101);

try
{
    md.AppendLine("# SchemaGate benchmarks").AppendLine();
    md.AppendLine("Produced by `./build.sh Benchmark` (which runs `dotnet run --project tests/SchemaGate.Benchmarks -c Release -- --output docs/benchmarks.md`).");
    md.AppendLine("Numbers are wall-clock medians on the machine below, measured in one run; they are never asserted in tests.").AppendLine();
    md.AppendLine(await Machine.DescribeAsync(ct)).AppendLine();

    md.AppendLine(LinterThroughputBenchmark.RunAndDescribe()).AppendLine();
    var start = await EphemeralStartBenchmark.RunAsync(work, 10, ct);
    md.AppendLine(start.ToMarkdown()).AppendLine();
    Console.WriteLine(start.ToMarkdown());

    await using var server = await LocalPostgresServer.StartAsync(new EphemeralOptions { WorkRoot = Path.Combine(work, "main") }, ct);
    var apply = await MigrationThroughputBenchmark.RunAsync(server, work, 1000, ct);
    md.AppendLine(apply.ToMarkdown()).AppendLine();
    Console.WriteLine(apply.ToMarkdown());
    md.AppendLine((await TracingOverheadBenchmark.RunAsync(server, 10, ct)).ToMarkdown()).AppendLine();

    if (tables > 0)
    {
        var db = await server.CreateDatabaseAsync("catalogbench", ct);
        var catalog = await new CatalogBenchmark(db, "pg_dump", tables, 5).RunAsync(ct);
        var text = $"## Snapshot of a {tables:N0}-table database\n\n" +
                   "Each table: 10 columns, a primary key, a unique, a check, a foreign key and an index. Peer: `pg_dump --schema-only` on the same database in the same run.\n\n```\n" +
                   catalog + "\n```\n";
        md.AppendLine(text);
        Console.WriteLine(text);
    }
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    await File.WriteAllTextAsync(output, md.ToString(), ct);
    Console.WriteLine($"written to {output}");
    return 0;
}
finally
{
    try { Directory.Delete(work, true); } catch (IOException) { }
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
