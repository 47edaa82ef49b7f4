using SchemaGate.Findings;

namespace SchemaGate.Tracing;

/// <summary>
/// Joins traced findings to the findings already reported, by key (rule, file, statement, object): a traced finding
/// whose key exists adds its facts to that finding's evidence; one without a statement (seen in a before/after schema
/// diff) joins the finding of the same rule, file and object. A traced rewrite (SG316) joins a finding on its statement
/// whose rule names the rewrite (SG308, SG208, SG311) instead of standing alone; locks and rewrites that statements
/// explain add their facts to the findings on the statement that name that effect. An ALTER TABLE the traced run saw
/// keep its table's data file (<see cref="TraceFactKind.NoRewrite"/>) withdraws the static findings on that statement and
/// table whose rule names a rewrite (SG208, SG308): the static rule guessed, the run knows. Nothing is folded across
/// rules otherwise: each remaining traced finding is a finding of its own, allowed or turned off on its own.
/// </summary>
public static class TraceJoin
{
    public static IReadOnlyList<Finding> Join(IReadOnlyList<Finding> existing, TracedFindings.Result traced)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(traced);
        var result = existing.ToList();
        var byKey = new Dictionary<FindingKey, int>();
        for (var i = 0; i < result.Count; i++) byKey.TryAdd(result[i].Key, i);

        void Enrich(int index, IEnumerable<TraceFact> facts) =>
            result[index] = result[index] with { Evidence = result[index].Evidence.WithTrace(facts) };

        // Rewrites last: they stand alone only when no finding on their statement names the rewrite.
        foreach (var finding in traced.Findings.OrderBy(f => f.Rule == TracedRules.Rewrite))
        {
            if (byKey.TryGetValue(finding.Key, out var same))
            {
                Enrich(same, finding.Evidence.Trace);
                continue;
            }
            if (finding.Statement is null)
            {
                var sameObject = result.FindIndex(f => f.Rule == finding.Rule && f.File == finding.File && ObjectName.Same(f.Object, finding.Object));
                if (sameObject >= 0)
                {
                    Enrich(sameObject, finding.Evidence.Trace);
                    continue;
                }
            }
            if (finding.Rule == TracedRules.Rewrite &&
                result.Any(f => f.File == finding.File && f.Statement == finding.Statement && f.Rule != TracedRules.Rewrite && f.Rule.Names(RuleEffects.RewritesTable)))
                continue; // that finding names the rewrite; the observation below gives it the fact
            byKey[finding.Key] = result.Count;
            result.Add(finding);
        }

        foreach (var observation in traced.Observations.Where(o => o.Fact.Kind != TraceFactKind.NoRewrite))
        {
            for (var i = 0; i < result.Count; i++)
            {
                var f = result[i];
                if (f.File == observation.File && f.Statement == observation.Statement && f.Rule.Names(observation.Effect))
                    Enrich(i, [observation.Fact]);
            }
        }

        foreach (var kept in traced.Observations.Where(o => o.Fact.Kind == TraceFactKind.NoRewrite))
            result.RemoveAll(f => Guessed(f, kept));
        return result;
    }

    /// <summary>A static finding on the statement and table whose rule names a rewrite that nothing traced confirmed.</summary>
    private static bool Guessed(Finding finding, TracedFindings.Observation kept) =>
        finding.File == kept.File && finding.Statement == kept.Statement && finding.Rule != TracedRules.Rewrite &&
        finding.Rule.Names(RuleEffects.RewritesTable) && !finding.Evidence.Trace.Any(f => f.Kind == TraceFactKind.Rewrote) &&
        ObjectName.Canonical(finding.Object) is { } obj && ObjectName.Canonical(kept.Fact.Object) is { } table &&
        (obj == table || obj.StartsWith(table + ".", StringComparison.Ordinal));
}
