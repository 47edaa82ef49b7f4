using SchemaGate.Connections;
using SchemaGate.Findings;
using SchemaGate.Impact;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// After DiffAgainstProd: production's numbers (rows, sizes, non-null values), read-only, in the evidence of the findings
/// on the pending scripts whose rules ask for them. When production refuses the read, the findings stand without them
/// and the report says why.
/// </summary>
public sealed class ImpactStep(GateSettings settings)
{
    public async Task<StepOutcome<IReadOnlyList<Finding>>> RunAsync(DatabaseUrl production, IReadOnlyList<Finding> findings,
        IReadOnlySet<string> pendingFiles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var pending = findings.Where(f => f.File is not null && pendingFiles.Contains(f.File)).ToList();
        if (pending.Count == 0) return new StepOutcome<IReadOnlyList<Finding>> { Result = findings };
        IReadOnlyList<Finding> revised;
        try
        {
            revised = await new DataImpact(new ImpactOptions { Session = settings.Session }).AddAsync(production, pending, ct).ConfigureAwait(false);
        }
        catch (Npgsql.PostgresException ex)
        {
            // The findings stand without the numbers (a count that timed out, a table the role may not read); the report says why.
            return new StepOutcome<IReadOnlyList<Finding>>
            {
                Result = findings,
                NotChecked = [$"data impact not read from production: {ex.MessageText} (SQLSTATE {ex.SqlState})"],
            };
        }
        var byOriginal = new Dictionary<Finding, Finding>(ReferenceEqualityComparer.Instance);
        foreach (var (original, now) in pending.Zip(revised))
        {
            if (!ReferenceEquals(original, now)) byOriginal[original] = now;
        }
        return new StepOutcome<IReadOnlyList<Finding>>
        {
            Result = findings.Select(f => byOriginal.GetValueOrDefault(f, f)).ToArray(),
            Checked = [$"data impact read from production (read-only) for {byOriginal.Count} finding(s) of {pendingFiles.Count} pending script(s)"],
        };
    }
}
