using System.Diagnostics;
using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Processes;
using SchemaGate.Production;

namespace SchemaGate.IntegrationTests.Production;

/// <summary>BackupProduction's engine against a fixture database that plays production.</summary>
public sealed class BackupTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task A_backup_is_restored_and_compared_and_holds_the_data()
    {
        using var s = await DeployScenario.CreateAsync(fixture);
        await Db.ExecAsync(s.Production, """
            create table items (id int primary key, name text not null default 'x');
            create index items_name_idx on items (name);
            create view item_names as select name from items;
            insert into items values (1, 'one'), (2, 'two');
            """);

        var result = await new ProductionBackup(fixture.Server, s.Options()).RunAsync(s.Production, CancellationToken.None);

        Assert.True(result.Verified);
        Assert.True(result.ObjectsCompared >= 4, $"{result.ObjectsCompared} objects compared");
        Assert.Matches($@"^{s.Production.Database}-\d{{8}}T\d{{6}}Z\.dump$", Path.GetFileName(result.File));
        Assert.Equal(new FileInfo(result.File).Length, result.SizeBytes);
        // Production's data: readable by the owner only.
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(result.File));
        Assert.Empty(Directory.GetFiles(s.BackupDir, "*.partial"));

        // Restorable by hand too, data included.
        var copy = await fixture.CreateDatabaseAsync("restored");
        var restore = await ProcessRunner.RunAsync(PgTool("pg_restore"), ["--no-owner", "--no-acl", "--exit-on-error", "--dbname", copy.Database, result.File],
            CancellationToken.None, environment: LibpqEnvironment.For(copy, TimeSpan.FromSeconds(5), "test"));
        Assert.True(restore.Succeeded, restore.Tail());
        Assert.Equal(2L, await Db.ScalarAsync<long>(copy, "select count(*) from items"));
    }

    [Fact]
    public async Task Only_the_newest_backup_keep_files_of_that_database_are_kept()
    {
        using var s = await DeployScenario.CreateAsync(fixture);
        Directory.CreateDirectory(s.BackupDir);
        var db = s.Production.Database;
        string[] old = [$"{db}-20240101T000000Z.dump", $"{db}-20250101T000000Z.dump", $"{db}-20260101T000000Z.dump"];
        foreach (var name in old) File.WriteAllText(Path.Combine(s.BackupDir, name), "old");
        var otherDatabase = Path.Combine(s.BackupDir, "otherdb-20200101T000000Z.dump");
        var unrelated = Path.Combine(s.BackupDir, "notes.txt");
        File.WriteAllText(otherDatabase, "x");
        File.WriteAllText(unrelated, "x");

        var result = await new ProductionBackup(fixture.Server, s.Options(keep: 2)).RunAsync(s.Production, CancellationToken.None);

        Assert.Equal([old[0], old[1]], result.Pruned.Order());
        Assert.Equal([old[2], Path.GetFileName(result.File)],
            BackupFileName.Existing(s.BackupDir, db).Select(Path.GetFileName).Order());
        Assert.True(File.Exists(otherDatabase));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public async Task Two_backups_in_the_same_second_both_land_the_second_one_stamped_a_second_later()
    {
        using var s = await DeployScenario.CreateAsync(fixture);
        var clock = new SteppingClock(new DateTimeOffset(2026, 11, 29, 10, 20, 9, 400, TimeSpan.Zero));

        var first = await new ProductionBackup(fixture.Server, s.Options()).RunAsync(s.Production, CancellationToken.None, clock);
        var second = await new ProductionBackup(fixture.Server, s.Options()).RunAsync(s.Production, CancellationToken.None, clock);

        Assert.Equal($"{s.Production.Database}-20261129T102009Z.dump", Path.GetFileName(first.File));
        Assert.Equal($"{s.Production.Database}-20261129T102010Z.dump", Path.GetFileName(second.File));
        Assert.True(first.Verified && second.Verified);
    }

    /// <summary>A clock that reads the same instant twice (one backup each), then a second later on every read.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;
        private int reads;
        public override DateTimeOffset GetUtcNow() => reads++ < 2 ? now : now = now.AddSeconds(1);
    }

    [Fact]
    public async Task A_pg_dump_older_than_the_server_is_refused_naming_both_versions_and_leaves_no_file()
    {
        using var s = await DeployScenario.CreateAsync(fixture);
        var bin = FakeBin("9.6.24", dumpWritesThenFails: false);
        try
        {
            var options = s.Options() with { PgBin = bin };
            var ex = await Assert.ThrowsAsync<UsageException>(() => new ProductionBackup(fixture.Server, options).RunAsync(s.Production, CancellationToken.None));
            Assert.Contains("pg_dump 9.6.24", ex.Message);
            Assert.Contains($"PostgreSQL {fixture.Server.ServerVersion}", ex.Message);
            Assert.False(Directory.Exists(s.BackupDir) && Directory.EnumerateFileSystemEntries(s.BackupDir).Any());
        }
        finally { Directory.Delete(bin, recursive: true); }
    }

    [Fact]
    public async Task A_pg_dump_that_fails_half_way_leaves_no_half_written_file()
    {
        using var s = await DeployScenario.CreateAsync(fixture);
        var bin = FakeBin(fixture.Server.ServerVersion, dumpWritesThenFails: true);
        try
        {
            var options = s.Options() with { PgBin = bin };
            var ex = await Assert.ThrowsAsync<InfrastructureException>(() => new ProductionBackup(fixture.Server, options).RunAsync(s.Production, CancellationToken.None));
            Assert.Contains("pg_dump of production", ex.Message);
            Assert.Empty(Directory.EnumerateFileSystemEntries(s.BackupDir));
        }
        finally { Directory.Delete(bin, recursive: true); }
    }

    [Fact]
    public async Task A_backup_that_does_not_restore_is_refused_and_kept_only_as_unverified()
    {
        using var s = await DeployScenario.CreateAsync(fixture);
        await Db.ExecAsync(s.Production, "create table items (id int primary key)");
        var real = (await SchemaGate.Ephemeral.PostgresBinaries.DiscoverAsync(
            Environment.GetEnvironmentVariable("SCHEMAGATE_TEST_PG_BIN"), fixture.Server.ServerMajor, CancellationToken.None)).BinDir;
        var bin = FakeBin(fixture.Server.ServerVersion, dumpWritesThenFails: false,
            dumpBody: $"exec '{real}/pg_dump' \"$@\"",
            restoreBody: $"if [ \"$1\" = --list ]; then exec '{real}/pg_restore' \"$@\"; fi\necho 'pg_restore: error: could not execute query' >&2; exit 1");
        try
        {
            var ex = await Assert.ThrowsAsync<InfrastructureException>(() =>
                new ProductionBackup(fixture.Server, s.Options() with { PgBin = bin }).RunAsync(s.Production, CancellationToken.None));
            Assert.Contains("Restoring the backup", ex.Message);
            Assert.Empty(BackupFileName.Existing(s.BackupDir, s.Production.Database));
            Assert.Single(Directory.GetFiles(s.BackupDir, "*" + BackupFileName.Extension + ProductionBackup.UnverifiedSuffix));
        }
        finally { Directory.Delete(bin, recursive: true); }
    }

    [Fact]
    public async Task The_password_reaches_pg_dump_through_the_environment_never_its_arguments()
    {
        using var s = await DeployScenario.CreateAsync(fixture);
        var secret = "s3cret-" + Guid.NewGuid().ToString("N");
        await Db.ExecAsync(s.Production, $"create role deployer_{secret[7..15]} login password '{secret}'");
        var url = DatabaseUrl.Parse(
            $"postgres://deployer_{secret[7..15]}:{secret}@{fixture.AdminUrl.Builder.Host}:{fixture.AdminUrl.Builder.Port}/{s.Production.Database}", "--prod-url");
        var bin = FakeBin(fixture.Server.ServerVersion, dumpWritesThenFails: true, recordTo: Path.Combine(s.Files.Root, "seen"));
        try
        {
            var env = LibpqEnvironment.For(url, TimeSpan.FromSeconds(5), Sessions.DeployApplicationName);
            Assert.Equal(secret, env["PGPASSWORD"]);

            await Assert.ThrowsAsync<InfrastructureException>(() =>
                new ProductionBackup(fixture.Server, s.Options() with { PgBin = bin }).RunAsync(url, CancellationToken.None));
            var seen = File.ReadAllText(Path.Combine(s.Files.Root, "seen"));
            Assert.DoesNotContain(secret, seen.Split('\n')[0]);       // argv
            Assert.Contains("PGPASSWORD=" + secret, seen);             // environment
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
            await Db.ExecAsync(s.Production, $"drop role deployer_{secret[7..15]}");
        }
    }

    internal static string PgTool(string name)
    {
        var bin = Environment.GetEnvironmentVariable("SCHEMAGATE_TEST_PG_BIN");
        return bin is null ? ProcessRunner.FindOnPath(name) ?? name : Path.Combine(bin, name);
    }

    /// <summary>
    /// A --pg-bin folder of shell scripts reporting <paramref name="version"/>. Its pg_dump records its argv and
    /// environment to <paramref name="recordTo"/> and, when asked, writes part of its --file and fails.
    /// </summary>
    private static string FakeBin(string version, bool dumpWritesThenFails, string? recordTo = null, string? dumpBody = null, string? restoreBody = null)
    {
        var dir = Directory.CreateTempSubdirectory("sg-fakebin-").FullName;
        void Script(string name, string body)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }
        Script("postgres", $"echo 'postgres (PostgreSQL) {version}'");
        Script("initdb", $"echo 'initdb (PostgreSQL) {version}'");
        Script("pg_ctl", $"echo 'pg_ctl (PostgreSQL) {version}'");
        Script("pg_restore", restoreBody ?? $"echo 'pg_restore (PostgreSQL) {version}'");
        var record = recordTo is null ? "" : $"echo \"$*\" > '{recordTo}'; env >> '{recordTo}'\n";
        var fail = dumpWritesThenFails
            ? "while [ $# -gt 0 ]; do if [ \"$1\" = --file ]; then echo partial > \"$2\"; fi; shift; done\necho 'pg_dump: error: connection lost' >&2; exit 1"
            : dumpBody ?? "exit 0";
        Script("pg_dump", $"if [ \"$1\" = --version ]; then echo 'pg_dump (PostgreSQL) {version}'; exit 0; fi\n{record}{fail}");
        return dir;
    }
}
