using SchemaGate.Migrations.Source;

namespace SchemaGate.IntegrationTests.Infrastructure;

/// <summary>A throwaway repository folder with a migrations/ folder holding the given files.</summary>
public sealed class TempMigrations : IDisposable
{
    public TempMigrations(params (string Name, string Sql)[] files)
    {
        Root = Directory.CreateTempSubdirectory("sg-repo-").FullName;
        Directory.CreateDirectory(Dir);
        foreach (var (name, sql) in files) Add(name, sql);
    }

    public string Root { get; }
    public string Dir => Path.Combine(Root, "migrations");

    public void Add(string name, string sql) => File.WriteAllText(Path.Combine(Dir, name), sql);

    public Task<MigrationSet> LoadAsync() => MigrationSource.LoadAsync(Dir, Root, CancellationToken.None);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
