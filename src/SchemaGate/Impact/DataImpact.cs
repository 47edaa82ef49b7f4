using SchemaGate.Connections;
using SchemaGate.Findings;

namespace SchemaGate.Impact;

/// <summary>
/// Adds what production holds to the findings whose rule asks for it (<see cref="Rule.Impact"/>): a table's rows and
/// size, a dropped column's non-null values. The table is the finding's object, or the table a traced lock or rewrite on
/// its statement was on (for a finding whose object is an index). Read-only, one connection; the numbers go into the
/// finding's evidence, never into its message.
/// </summary>
public sealed class DataImpact(ImpactOptions options)
{
    public static bool Applies(Finding finding) => finding.Rule.Impact != ImpactKind.None && finding.Evidence.Impact is null;

    public async Task<IReadOnlyList<Finding>> AddAsync(DatabaseUrl production, IReadOnlyList<Finding> findings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var candidates = findings.Where(Applies).Select(f => (Finding: f, Targets: TargetsOf(f))).Where(c => c.Targets.Count > 0).ToList();
        if (candidates.Count == 0) return findings;
        var impacts = await new ImpactReader(options).ReadAsync(production, candidates.SelectMany(c => c.Targets).ToHashSet(), ct).ConfigureAwait(false);
        var byTarget = impacts.ToDictionary(i => i.Target);
        var revised = new Dictionary<Finding, Finding>(ReferenceEqualityComparer.Instance);
        foreach (var (finding, targets) in candidates)
        {
            if (targets.Select(t => byTarget.GetValueOrDefault(t)).OfType<TableImpact>().FirstOrDefault() is { } impact)
                revised[finding] = finding with { Evidence = finding.Evidence with { Impact = impact } };
        }
        return findings.Select(f => revised.GetValueOrDefault(f, f)).ToArray();
    }

    /// <summary>The object first, then the tables traced locks and rewrites on the statement were on; a column only counts for a column rule.</summary>
    private static List<ImpactTarget> TargetsOf(Finding finding)
    {
        var names = new[] { finding.Object }
            .Concat(finding.Evidence.Trace.Where(f => f.Kind is TraceFactKind.Locked or TraceFactKind.Rewrote).Select(f => (string?)f.Object));
        return names.Select(ImpactTarget.FromObject).OfType<ImpactTarget>()
            .Select(t => finding.Rule.Impact == ImpactKind.Column || t.Column is null ? t : t with { Column = null })
            .Distinct().ToList();
    }
}
