using SchemaGate.Failures;
using SchemaGate.Generation;
using SchemaGate.Tests.Reporting;

namespace SchemaGate.Tests.Generation;

/// <summary>Where generated scripts are written, how sources are named, and what a script looks like.</summary>
public sealed class OutputTests
{
    [Fact]
    public void A_folder_gets_the_next_version_with_the_same_width_and_the_online_part_the_one_after()
    {
        using var dir = new TempDirectory();
        var migrations = Path.Combine(dir.Path, "migrations");
        Directory.CreateDirectory(migrations);
        File.WriteAllText(Path.Combine(migrations, "0009_b.sql"), "");
        File.WriteAllText(Path.Combine(migrations, "0010_c.sql"), "");
        File.WriteAllText(Path.Combine(migrations, "0010_c.down.sql"), "");

        var paths = OutputPaths.Resolve("migrations/", "add_x", dir.Path, migrations);

        Assert.Equal(Path.Combine(migrations, "0011_add_x.sql"), paths.Main);
        Assert.Equal(Path.Combine(migrations, "0012_add_x_concurrently.sql"), paths.Online);
        Assert.Throws<UsageException>(() => OutputPaths.Resolve("migrations/", "two words", dir.Path, migrations));
    }

    [Fact]
    public void A_file_named_like_a_migration_gets_its_online_part_as_the_next_version_any_other_file_beside_it()
    {
        using var dir = new TempDirectory();
        Assert.Equal(Path.Combine(dir.Path, "0043_fix_concurrently.sql"), OutputPaths.Resolve("0042_fix.sql", null, dir.Path, dir.Path).Online);
        Assert.Equal(Path.Combine(dir.Path, "out.concurrently.sql"), OutputPaths.Resolve("out.sql", null, dir.Path, dir.Path).Online);
        Assert.Equal((1, 4), OutputPaths.NextVersion(Path.Combine(dir.Path, "none")) is var (n, w) ? ((int)n, w) : default);
    }

    [Fact]
    public void Sources_are_urls_migration_versions_or_snapshot_files_and_bad_ones_name_the_parameter()
    {
        Assert.IsType<DatabaseSource>(SchemaSource.Parse("postgres://u@db/app", "--from"));
        Assert.Equal(new MigrationsSource(5), SchemaSource.Parse("migrations@5", "--from"));
        Assert.Equal(new MigrationsSource(null), SchemaSource.Parse("migrations", "--to"));
        Assert.IsType<SnapshotFileSource>(SchemaSource.Parse("artifacts/a.json", "--to"));
        Assert.StartsWith("--to ", Assert.Throws<UsageException>(() => SchemaSource.Parse("migrations@x", "--to")).Message, StringComparison.Ordinal);
        Assert.StartsWith("--from is missing", Assert.Throws<UsageException>(() => SchemaSource.Parse(" ", "--from")).Message, StringComparison.Ordinal);
        Assert.StartsWith("--from ", Assert.Throws<UsageException>(() => SchemaSource.Parse("mysql://x/y", "--from")).Message, StringComparison.Ordinal);
    }
}
