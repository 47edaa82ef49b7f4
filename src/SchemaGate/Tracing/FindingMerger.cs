using SchemaGate.Findings;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tracing;

/// <summary>
/// Reports a finding once when the static and the traced analysis both produce it. A traced data-loss finding is
/// the same as a finding of the same rule in the same file on the same statement (or about the same object); a
/// traced lock (SG315) or rewrite (SG316) is the same as any static data-loss or locking finding (SG2xx, SG3xx) on
/// that statement, because the static rule already names the statement's danger. The existing finding is kept and
/// its message gains the traced fact; traced findings nobody reported yet are returned as new.
/// </summary>
public static class FindingMerger
{
    /// <summary>
    /// <see cref="New"/>: traced findings to add. <see cref="Enriched"/>: existing findings (by reference) and their
    /// revised form. <see cref="Tables"/>: for each revised finding, the table a traced lock or rewrite on its statement was on.
    /// </summary>
    public sealed record Result(IReadOnlyList<Finding> New, IReadOnlyDictionary<Finding, Finding> Enriched, IReadOnlyDictionary<Finding, string> Tables);

    public static Result Merge(IReadOnlyList<Finding> existing, IReadOnlyList<TracedFinding> traced)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(traced);
        var current = existing.ToDictionary<Finding, Finding, Finding>(f => f, f => f, ReferenceEqualityComparer.Instance);
        var added = new List<(Finding Finding, TracedFinding Source)>();
        var tables = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
        foreach (var t in traced)
        {
            var same = existing.FirstOrDefault(f => Same(f, t));
            if (same is not null)
            {
                var now = current[same];
                if (t.Finding.RuleId is "SG315" or "SG316" && t.Finding.Object is { } table) tables.TryAdd(same, table);
                // A script-level fact (from a before/after diff) adds nothing to a finding that already has its statement.
                if (t.StatementIndex is not null && !now.Message.StartsWith("Traced", StringComparison.Ordinal) &&
                    !now.Message.Contains(t.Fact, StringComparison.Ordinal))
                    current[same] = now with { Message = $"{now.Message.TrimEnd()} Traced: {t.Fact}." };
                continue;
            }
            // Two traces of one script (from scratch, and on top of production) say the same thing once.
            if (added.Any(a => a.Finding.RuleId == t.Finding.RuleId && a.Finding.File == t.Finding.File &&
                               SameObject(a.Finding.Object, t.Finding.Object) &&
                               (a.Finding.Line == t.Finding.Line || a.Finding.Line is null || t.Finding.Line is null)))
                continue;
            added.Add((t.Finding, t));
        }
        var enriched = current.Where(p => !ReferenceEquals(p.Key, p.Value))
            .ToDictionary<KeyValuePair<Finding, Finding>, Finding, Finding>(p => p.Key, p => p.Value, ReferenceEqualityComparer.Instance);
        var tablesByRevised = tables.ToDictionary<KeyValuePair<Finding, string>, Finding, string>(
            p => current[p.Key], p => p.Value, ReferenceEqualityComparer.Instance);
        return new Result(added.Select(a => a.Finding).ToList(), enriched, tablesByRevised);
    }

    private static bool Same(Finding f, TracedFinding t)
    {
        var tf = t.Finding;
        if (f.File != tf.File) return false;
        var sameStatement = t.StatementIndex is { } index && InStatement(t.Script, index, f);
        if (string.Equals(f.RuleId, tf.RuleId, StringComparison.OrdinalIgnoreCase))
            return SameObject(f.Object, tf.Object) && (sameStatement || f.Line is null || tf.Line is null || f.Line == tf.Line)
                   || (IsDataLoss(tf.RuleId) && sameStatement && f.Object is null);
        // A traced lock or rewrite on a statement a static SG2xx/SG3xx rule already flagged.
        return tf.RuleId is "SG315" or "SG316" && sameStatement && (IsDataLoss(f.RuleId) || IsLocking(f.RuleId));
    }

    private static bool IsDataLoss(string id) => id.StartsWith("SG2", StringComparison.OrdinalIgnoreCase);
    private static bool IsLocking(string id) => id.StartsWith("SG3", StringComparison.OrdinalIgnoreCase);

    /// <summary>Names compare without the double quotes (the catalog spells <c>public.Alerts</c>, the rules <c>public."Alerts"</c>).</summary>
    public static bool SameObject(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Replace("\"", "", StringComparison.Ordinal), b.Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);

    /// <summary>True when the finding's line lies within the statement's lines.</summary>
    private static bool InStatement(MigrationScript script, int index, Finding finding)
    {
        if (finding.Line is not { } line || index >= script.Sql.Statements.Count) return false;
        var statement = script.Sql.Statements[index];
        var (endLine, _) = script.Sql.PositionOf(statement.End);
        return line >= statement.Line && line <= endLine;
    }
}
