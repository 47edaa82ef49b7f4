using SchemaGate.Ephemeral;
using SchemaGate.Generation;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Generation;

/// <summary>Settings for generating against the repository's sample migrations, on the tests' ephemeral server.</summary>
internal static class GenerationFixture
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static GenerationSettings Settings(string? root = null, bool online = true, ValidationCopy copy = ValidationCopy.Auto) => new()
    {
        RepositoryRoot = root ?? RepositoryRoot,
        Ephemeral = TestEnvironment.Options(),
        Online = online,
        Copy = copy,
    };

    public static MigrationGenerator Generator(PostgresServerFixture server, string? root = null, bool online = true,
        ValidationCopy copy = ValidationCopy.Auto) =>
        new(Settings(root, online, copy), new Security.Redactor(), server.Server);
}
