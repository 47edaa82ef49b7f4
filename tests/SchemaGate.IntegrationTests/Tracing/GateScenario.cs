using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Findings;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Pipeline;
using SchemaGate.Security;

namespace SchemaGate.IntegrationTests.Tracing;

/// <summary>
/// The gate pipeline over a throwaway repository, with the fixture server as "existing server" ephemeral provider
/// (scratch databases on it), run through ApplyMigrations (which lints first) and, with a production URL,
/// DiffAgainstProd. PublishGate is left out: the tests read the judged findings (allows, policy and scope applied) directly.
/// </summary>
internal static class GateScenario
{
    public static GatePipeline Pipeline(PostgresServerFixture fixture, TempMigrations repo, DatabaseUrl? production = null,
        Policy.GatePolicy? policy = null, bool strict = false) =>
        new(new GateSettings
        {
            RepositoryRoot = repo.Root,
            Ephemeral = new EphemeralOptions { Kind = EphemeralKind.Server, ServerUrl = fixture.AdminUrl },
            ProdUrl = production?.ConnectionString,
            Policy = policy ?? Policy.GatePolicy.Default,
            Strict = strict,
        }, new Redactor(), TextGateLog.Null);

    public static async Task<IReadOnlyList<Finding>> RunAsync(PostgresServerFixture fixture, TempMigrations repo, DatabaseUrl? production = null)
    {
        await using var gate = Pipeline(fixture, repo, production);
        var ct = CancellationToken.None;
        await gate.AppliedAsync(ct);
        if (production is not null) await gate.DriftAsync(ct);
        return (await gate.ComposeAsync([])).Findings;
    }

    /// <summary>The gate with a change decided by the test (as production's journal or a base branch would).</summary>
    public static async Task<IReadOnlyList<Finding>> RunWithChangeAsync(GatePipeline gate, Judgement.ChangeSet change)
    {
        gate.UseChange(change);
        await gate.AppliedAsync(CancellationToken.None);
        return (await gate.ComposeAsync([])).Findings;
    }

    public static IReadOnlyList<Finding> Of(this IReadOnlyList<Finding> findings, string ruleId, string file) =>
        findings.Where(f => f.RuleId == ruleId && f.File == "migrations/" + file).ToList();
}
