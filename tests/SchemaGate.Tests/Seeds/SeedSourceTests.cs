using SchemaGate.Failures;
using SchemaGate.Migrations.Source;
using SchemaGate.Seeds;

namespace SchemaGate.Tests.Seeds;

public sealed class SeedSourceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sg-seeds-").FullName;
    private string Migrations => Path.Combine(_root, "migrations");
    private string Seeds => Path.Combine(Migrations, "seeds");

    public SeedSourceTests()
    {
        Directory.CreateDirectory(Seeds);
        File.WriteAllText(Path.Combine(Migrations, "0001_flags.sql"), "create table flags (key text primary key);\n");
    }

    [Fact]
    public async Task Every_problem_in_every_file_is_one_usage_error_naming_file_and_line()
    {
        File.WriteAllText(Path.Combine(Seeds, "flags.csv"), "# key: key\nkey\na\na\n");
        File.WriteAllText(Path.Combine(Seeds, "public.flags.csv"), "# key: key\nkey\nb\n");
        File.WriteAllText(Path.Combine(Seeds, "bad name.csv"), "# key: key\nkey\nb\n");
        File.WriteAllText(Path.Combine(Seeds, "README.md"), "not a seed");

        var ex = await Assert.ThrowsAsync<UsageException>(() => SeedSource.LoadAsync(Seeds, _root, CancellationToken.None));

        Assert.Equal(ExitCodes.Usage, ex.ExitCode);
        Assert.Contains("migrations/seeds/flags.csv:4: duplicate key (key) = (a), first on line 3", ex.Message);
        Assert.Contains("migrations/seeds/bad name.csv:1: 'bad name.csv' is not named", ex.Message);
        Assert.DoesNotContain("README", ex.Message);
    }

    [Fact]
    public async Task Two_files_for_one_table_are_refused()
    {
        File.WriteAllText(Path.Combine(Seeds, "flags.csv"), "# key: key\nkey\na\n");
        File.WriteAllText(Path.Combine(Seeds, "public.flags.csv"), "# key: key\nkey\nb\n");

        var ex = await Assert.ThrowsAsync<UsageException>(() => SeedSource.LoadAsync(Seeds, _root, CancellationToken.None));

        Assert.Contains("table public.flags is also seeded by migrations/seeds/flags.csv", ex.Message);
    }

    [Fact]
    public async Task No_seed_folder_means_no_seeds_and_valid_files_load_in_name_order()
    {
        Assert.Empty(await SeedSource.LoadAsync(Path.Combine(_root, "nowhere"), _root, CancellationToken.None));
        File.WriteAllText(Path.Combine(Seeds, "zeta.csv"), "# key: id\nid\n1\n");
        File.WriteAllText(Path.Combine(Seeds, "alpha.csv"), "# key: id\nid\n1\n");

        var seeds = await SeedSource.LoadAsync(Seeds, _root, CancellationToken.None);

        Assert.Equal(["migrations/seeds/alpha.csv", "migrations/seeds/zeta.csv"], seeds.Select(s => s.RelativePath));
    }

    [Fact]
    public async Task The_migration_source_ignores_the_seed_folder()
    {
        File.WriteAllText(Path.Combine(Seeds, "flags.csv"), "# key: key\nkey\na\n");
        File.WriteAllText(Path.Combine(Seeds, "0002_not_a_migration.sql"), "select 1;\n");

        var set = await MigrationSource.LoadAsync(Migrations, _root, CancellationToken.None);

        Assert.Equal(["migrations/0001_flags.sql"], set.Scripts.Select(s => s.RelativePath));
        Assert.Empty(set.Findings);
    }

    [Fact]
    public void Seeded_tables_are_ordered_parents_first_and_cycles_keep_file_order()
    {
        SeedFile Seed(string table) => new()
        {
            RelativePath = $"migrations/seeds/{table}.csv", Schema = "public", Table = table, Columns = ["id"], KeyColumns = ["id"],
            HeaderLine = 2, Rows = [],
        };
        TableShape Shape(string table, params string[] refs) => new("public", table, [new ColumnShape("id", "integer", true)], refs);
        var seeds = new[] { Seed("a_child"), Seed("b_grandchild"), Seed("c_parent"), Seed("x"), Seed("y") };
        var shapes = new[]
        {
            Shape("a_child", "public.c_parent"), Shape("b_grandchild", "public.a_child", "public.unseeded"), Shape("c_parent"),
            Shape("x", "public.y"), Shape("y", "public.x"),
        }.ToDictionary(s => s.QualifiedName);

        var order = SeedOrder.Sort(seeds, shapes).Select(s => s.Table);

        Assert.Equal(["c_parent", "a_child", "b_grandchild", "x", "y"], order);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
