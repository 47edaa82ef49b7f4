using SchemaGate.Ephemeral;

namespace SchemaGate.IntegrationTests.Infrastructure;

/// <summary>Ephemeral options for tests: a work root of their own so tests can inspect and reap it safely.</summary>
public static class TestEnvironment
{
    public static string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "schemagate-tests");

    public static EphemeralOptions Options() => new()
    {
        WorkRoot = WorkRoot,
        PgBin = Environment.GetEnvironmentVariable("SCHEMAGATE_TEST_PG_BIN"),
    };
}
