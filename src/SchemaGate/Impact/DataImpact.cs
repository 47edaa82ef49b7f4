using SchemaGate.Connections;
using SchemaGate.Findings;

namespace SchemaGate.Impact;

/// <summary>
/// Adds what production holds to data-loss (SG2xx) and locking (SG3xx) findings about an existing production table:
/// "drops table public.alerts (1,204 rows, 312 kB)", "drops column public.alerts.payload: 192 rows hold a value".
/// Read-only, one connection.
/// </summary>
public sealed class DataImpact(ImpactOptions options)
{
    public const string Marker = "In production:";

    public static bool Applies(Finding finding) =>
        !finding.Message.Contains(Marker, StringComparison.Ordinal) &&
        (finding.RuleId.StartsWith("SG2", StringComparison.OrdinalIgnoreCase) || finding.RuleId.StartsWith("SG3", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads the impact of <paramref name="findings"/> (those <see cref="Applies"/> to) and returns each one's revised
    /// form. A finding is measured by its object, else by <paramref name="tableOf"/> (the table a trace saw it lock,
    /// for a static finding whose object is an index the script creates).
    /// </summary>
    public async Task<IReadOnlyDictionary<Finding, Finding>> ReviseAsync(DatabaseUrl production, IReadOnlyList<Finding> findings,
        Func<Finding, string?> tableOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(tableOf);
        var candidates = findings.Where(Applies)
            .Select(f => (Finding: f, Targets: new[] { ImpactTarget.FromObject(f.Object), ImpactTarget.FromObject(tableOf(f)) }
                .OfType<ImpactTarget>().Select(t => Normalise(f, t)).ToList()))
            .Where(c => c.Targets.Count > 0)
            .ToList();
        var revised = new Dictionary<Finding, Finding>(ReferenceEqualityComparer.Instance);
        if (candidates.Count == 0) return revised;
        var impacts = await new ImpactReader(options).ReadAsync(production, candidates.SelectMany(c => c.Targets).ToHashSet(), ct).ConfigureAwait(false);
        var byTarget = impacts.ToDictionary(i => i.Target);
        foreach (var (finding, targets) in candidates)
        {
            if (targets.Select(t => byTarget.GetValueOrDefault(t)).OfType<TableImpact>().FirstOrDefault() is not { } impact) continue;
            revised[finding] = finding with { Message = $"{finding.Message.TrimEnd()} {ImpactText.For(finding.RuleId, impact)}" };
        }
        return revised;
    }

    /// <summary>Only a dropped column's values are counted; for other rules a column object stands for its table.</summary>
    private static ImpactTarget Normalise(Finding finding, ImpactTarget target) =>
        target.Column is not null && !string.Equals(finding.RuleId, "SG202", StringComparison.OrdinalIgnoreCase) ? target with { Column = null } : target;
}
