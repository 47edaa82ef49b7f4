using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Generation;

/// <summary>
/// GenerateMigration and Snapshot --exit-code through the real build host: files named after the next version,
/// exit 1 with --exit-code when there are differences (and 0 when there are none), exit 2 with one sentence naming
/// the parameter for bad input.
/// </summary>
public sealed class GenerateMigrationProcessTests
{
    private static (string Name, string Sql)[] Sample() =>
        Directory.GetFiles(Path.Combine(GenerationFixture.RepositoryRoot, "migrations"), "*.sql").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();

    [Fact]
    public async Task A_folder_gets_the_next_version_and_the_online_part_after_it_ready_to_commit()
    {
        using var build = new BuildProcess(Sample());

        var (code, output) = await build.RunAsync("GenerateMigration", "--from", "migrations@5", "--to", "migrations",
            "--sql-out", "migrations/", "--name", "catch_up");

        Assert.True(code == 0, output);
        var main = Path.Combine(build.Root, "migrations", "0011_catch_up.sql");
        var online = Path.Combine(build.Root, "migrations", "0012_catch_up_concurrently.sql");
        Assert.True(File.Exists(main), output);
        Assert.StartsWith("-- schemagate:no-transaction", File.ReadAllText(online), StringComparison.Ordinal);
        Assert.Contains("Validated on PostgreSQL", File.ReadAllText(main), StringComparison.Ordinal);
        Assert.Contains("written: migrations/0011_catch_up.sql", output, StringComparison.Ordinal);
        Assert.Empty(build.LeftoverInstances());
    }

    [Fact]
    public async Task Exit_code_is_1_with_differences_and_0_without()
    {
        using var build = new BuildProcess(Sample());

        var (changed, output) = await build.RunAsync("GenerateMigration", "--from", "migrations@9", "--to", "migrations", "--exit-code");
        Assert.True(changed == 1, output);
        Assert.Contains("CREATE OR REPLACE FUNCTION public.resolve_alert", output, StringComparison.Ordinal);
        Assert.Contains("--exit-code", output, StringComparison.Ordinal);

        var (same, sameOutput) = await build.RunAsync("GenerateMigration", "--from", "migrations", "--to", "migrations", "--exit-code");
        Assert.True(same == 0, sameOutput);
        Assert.Contains("no differences", sameOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_exit_2_naming_the_parameter()
    {
        using var build = new BuildProcess(Sample());

        var (missing, missingOutput) = await build.RunAsync("GenerateMigration", "--to", "migrations");
        Assert.Equal(2, missing);
        Assert.Contains("--from is missing", missingOutput, StringComparison.Ordinal);

        var (noFile, noFileOutput) = await build.RunAsync("GenerateMigration", "--from", "nowhere.json", "--to", "migrations");
        Assert.Equal(2, noFile);
        Assert.Contains("--from is neither a database URL, migrations@N nor an existing snapshot file (no such file).", noFileOutput, StringComparison.Ordinal);

        var (noVersion, noVersionOutput) = await build.RunAsync("GenerateMigration", "--from", "migrations@77", "--to", "migrations");
        Assert.Equal(2, noVersion);
        Assert.Contains("--from: there is no migration with version 77", noVersionOutput, StringComparison.Ordinal);

        var (badName, badNameOutput) = await build.RunAsync("GenerateMigration", "--from", "migrations@5", "--to", "migrations",
            "--sql-out", "migrations/", "--name", "no spaces please");
        Assert.Equal(2, badName);
        Assert.Contains("--name 'no spaces please'", badNameOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_unreachable_missing_and_unwritable_inputs_are_exit_2_naming_the_parameter_and_nothing_is_written()
    {
        using var build = new BuildProcess(Sample());
        var before = Directory.GetFiles(build.Root, "*", SearchOption.AllDirectories).Length;
        var cases = new (string[] Args, string Expected)[]
        {
            (["--from", "postgres://app@db.example:99999/shop", "--to", "migrations", "--sql-out", "out/fix.sql"], "--from is not a well-formed URL"),
            (["--from", "migrations", "--to", "mysql://app@127.0.0.1/shop", "--sql-out", "out/fix.sql"], "--to has the scheme 'mysql://'"),
            (["--from", "postgres://app:Secret-Pw-1@127.0.0.1:1/shop", "--to", "migrations", "--sql-out", "out/fix.sql"], "--from: cannot connect to postgres://app@127.0.0.1:1/shop: connection refused"),
            (["--from", "snapshots/none.json", "--to", "migrations", "--sql-out", "out/fix.sql"], "--from is neither a database URL, migrations@N nor an existing snapshot file"),
            (["--from", "migrations@abc", "--to", "migrations", "--sql-out", "out/fix.sql"], "--from migrations@abc names no version"),
            (["--from", "migrations", "--to", "migrations@1x", "--sql-out", "out/fix.sql"], "--to migrations@1x names no version"),
        };
        foreach (var (args, expected) in cases)
        {
            var (code, output) = await build.RunAsync(["GenerateMigration", .. args]);
            Assert.True(code == 2, $"{string.Join(' ', args)}:\n{output}");
            Assert.Contains(expected, output, StringComparison.Ordinal);
            Assert.DoesNotContain("Secret-Pw-1", output, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(Path.Combine(build.Root, "out")), "a refused run made the --sql-out folder");
        Assert.Equal(before, Directory.GetFiles(build.Root, "*", SearchOption.AllDirectories).Length);

        using var folder = Faults.SmallFolder.Mount(Path.Combine(build.Root, "ro-out"), "64k", readOnly: true);
        if (folder is null) return; // cannot mount a read-only tmpfs here (not root)
        var (readOnly, readOnlyOutput) = await build.RunAsync("GenerateMigration", "--from", "migrations@5", "--to", "migrations",
            "--sql-out", folder.Path + "/", "--name", "catch_up");
        Assert.True(readOnly == 2, readOnlyOutput);
        Assert.Contains($"--sql-out {folder.Path}/ is not writable", readOnlyOutput, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
        Assert.Empty(build.LeftoverInstances());
    }

    [Fact]
    public async Task Snapshot_exit_code_compares_two_files_like_git_diff()
    {
        using var build = new BuildProcess(Sample());
        Assert.Equal(0, (await build.RunAsync("Snapshot", "--snapshot-out", "a.json")).ExitCode);
        var a = Path.Combine(build.Root, "a.json");
        var b = Path.Combine(build.Root, "b.json");
        File.WriteAllText(b, File.ReadAllText(a).Replace("People who acknowledge and resolve alerts", "Changed", StringComparison.Ordinal));

        var (same, sameOutput) = await build.RunAsync("Snapshot", "--snapshot-from", "a.json", "--snapshot-to", "a.json", "--exit-code");
        Assert.True(same == 0, sameOutput);

        var (differ, differOutput) = await build.RunAsync("Snapshot", "--snapshot-from", "a.json", "--snapshot-to", "b.json", "--exit-code");
        Assert.True(differ == 1, differOutput);
        Assert.Contains("~ table public.agents: comment", differOutput, StringComparison.Ordinal);

        var (without, withoutOutput) = await build.RunAsync("Snapshot", "--snapshot-from", "a.json", "--snapshot-to", "b.json");
        Assert.True(without == 0, withoutOutput);

        // A snapshot file is a source for generation too.
        var (generated, generatedOutput) = await build.RunAsync("GenerateMigration", "--from", "a.json", "--to", "b.json", "--sql-out", "fix.sql");
        Assert.True(generated == 0, generatedOutput);
        Assert.Contains("COMMENT ON TABLE public.agents IS 'Changed';", File.ReadAllText(Path.Combine(build.Root, "fix.sql")), StringComparison.Ordinal);
    }
}
