using SchemaGate.Connections;
using SchemaGate.Drift;
using SchemaGate.Production;
using SchemaGate.Catalog;
using SchemaGate.Diff;

namespace SchemaGate.Pipeline.Steps;

/// <summary>VerifyProduction: production's schema must equal the ephemeral database after all scripts; any difference is SG406 and a failed deploy.</summary>
public sealed class VerifyStep(GateSettings settings, IGateLog log)
{
    public async Task<StepOutcome<IReadOnlyList<SchemaChange>>> RunAsync(DatabaseUrl production, SchemaSnapshot expected, string? backupFile, CancellationToken ct)
    {
        var (actual, differences) = await new ProductionVerifier(Deploy.Options(settings)).VerifyAsync(production, expected, ct).ConfigureAwait(false);
        if (differences.Count == 0)
        {
            log.Line($"Verified: production {production.Display} matches its history plus the deployed scripts ({actual.Objects.Count} object(s)).");
            return new StepOutcome<IReadOnlyList<SchemaChange>>
            {
                Result = differences,
                Checked = ["production verified after deploy: it matches the ephemeral database after all scripts"],
            };
        }
        var findings = new List<Findings.Finding>();
        foreach (var change in differences)
        {
            var text = DriftFindings.Describe(change);
            findings.Add(DeployRules.DiffersAfterDeploy.Report(
                $"After the deploy, production {production.Display} differs from the schema its history plus the deployed scripts give: {text}",
                obj: change.Identity));
            log.Line("  DIFFERS after deploy " + text);
        }
        var backup = backupFile is null ? "" : $" The verified backup is {settings.Relative(backupFile)}.";
        return new StepOutcome<IReadOnlyList<SchemaChange>>
        {
            Result = differences,
            Findings = findings,
            Refusal = $"DEPLOY NOT VERIFIED: production differs from its deployed history in {differences.Count} object(s) (SG406).{backup}",
        };
    }
}
