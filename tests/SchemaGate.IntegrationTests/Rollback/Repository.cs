namespace SchemaGate.IntegrationTests.Rollback;

/// <summary>The repository the tests run from, and its sample migrations.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string SampleMigrations => Path.Combine(Root, "migrations");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above the test output folder.");
    }
}
