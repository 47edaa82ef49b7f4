using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Findings;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Pipeline;
using SchemaGate.Security;

namespace SchemaGate.IntegrationTests.Tracing;

/// <summary>
/// A GateRun over a throwaway repository, with the fixture server as "existing server" ephemeral provider (scratch
/// databases on it), run through LintMigrations, SpinUpEphemeralDb, ApplyMigrations and, with a production URL,
/// DiffAgainstProd. PublishGate is left out: the tests read the findings directly.
/// </summary>
internal static class GateScenario
{
    public static async Task<IReadOnlyList<Finding>> RunAsync(PostgresServerFixture fixture, TempMigrations repo, DatabaseUrl? production = null)
    {
        var settings = new GateSettings
        {
            RepositoryRoot = repo.Root,
            Ephemeral = new EphemeralOptions { Kind = EphemeralKind.Server, ServerUrl = fixture.AdminUrl },
        };
        await using var gate = new GateRun(settings, new Redactor(), TextWriter.Null);
        var ct = CancellationToken.None;
        await gate.LintMigrationsAsync(ct);
        await gate.SpinUpEphemeralDbAsync(ct);
        await gate.ApplyMigrationsAsync(ct);
        if (production is not null) await gate.DiffAgainstProdAsync(production, ct);
        return gate.Findings.Snapshot();
    }

    public static IReadOnlyList<Finding> Of(this IReadOnlyList<Finding> findings, string ruleId, string file) =>
        findings.Where(f => f.RuleId == ruleId && f.File == "migrations/" + file).ToList();
}
