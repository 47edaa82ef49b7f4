using SchemaGate.Catalog;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Catalog;

/// <summary>
/// A database holding only the kinds snapshots had before collations, aggregates, default privileges, foreign
/// objects and the rest were added must give exactly the bytes it gave then (Golden/existing-kinds.json was written
/// by the snapshot code of that time from Golden/existing-kinds.sql: the sample migrations plus one of every older
/// kind). Only the server's version line may differ.
/// </summary>
public sealed class SnapshotBytesTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    private const string Role = "sg_golden_reader";

    [Fact]
    public async Task A_database_without_the_new_kinds_gives_the_same_snapshot_bytes_as_before_they_existed()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = cts.Token;
        var folder = Path.Combine(RepositoryRoot(), "tests", "SchemaGate.IntegrationTests", "Catalog", "Golden");
        var ddl = await File.ReadAllTextAsync(Path.Combine(folder, "existing-kinds.sql"), ct);
        var expected = await File.ReadAllTextAsync(Path.Combine(folder, "existing-kinds.json"), ct);

        // The golden DDL creates its role; the role is cluster-wide, so it is created here once and not by the DDL.
        await Db.ExecAsync(server.AdminUrl, $"DO $$BEGIN CREATE ROLE {Role}; EXCEPTION WHEN duplicate_object THEN NULL; END$$");
        ddl = ddl.Replace($"CREATE ROLE {Role};", "", StringComparison.Ordinal);
        await using var db = await CaseDatabase.CreateAsync(server, "cat-bytes", ddl, ct);
        var actual = SnapshotJson.WriteToString(await db.SnapshotAsync(SnapshotOptions.Default, ct));

        Assert.Equal(WithoutServerVersion(expected), WithoutServerVersion(actual));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static string WithoutServerVersion(string json) => string.Join('\n',
        json.Split('\n').Where(l => !l.TrimStart().StartsWith("\"serverVersion\"", StringComparison.Ordinal)));
}
