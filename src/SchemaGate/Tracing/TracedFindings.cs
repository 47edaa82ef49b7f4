using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Findings;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tracing;

/// <summary>
/// Turns traces into findings: a removed table, column, schema, sequence or type is the data-loss rule of its kind
/// (SG201, SG202, SG203, SG209, SG210) at the statement's line; a write-blocking lock on an existing table is
/// SG315; a rewritten table or index is SG316. Schema removals seen only in a before/after diff
/// (<see cref="FromRemovals"/>) are tied to the script.
/// </summary>
public static class TracedFindings
{
    /// <summary>Traced findings say so first: they come from running the script, not from reading it.</summary>
    private const string Traced = "Traced: ";

    public static IReadOnlyList<TracedFinding> For(IEnumerable<TracedScript> traces)
    {
        var found = new List<TracedFinding>();
        foreach (var trace in traces)
            foreach (var statement in trace.Statements)
                found.AddRange(For(trace.Script, statement));
        return found;
    }

    public static IEnumerable<TracedFinding> For(MigrationScript script, TracedStatement statement)
    {
        foreach (var removed in statement.Removed)
        {
            var rule = RuleFor(removed.Kind);
            var with = removed.Folded.Count == 0 ? "" : $" (with it: {string.Join(", ", removed.Folded)})";
            var fact = $"the statement removed {Noun(removed.Kind)} {removed.Identity}{with}";
            yield return new TracedFinding(
                rule.Report($"{Traced}{fact} (seen when the script ran, whatever the SQL looked like). {rule.Summary}",
                    script.RelativePath, statement.Line, statement.Column, removed.Identity),
                script, statement.Index, fact);
        }

        foreach (var group in statement.Locks.Where(l => l.BlocksWrites && l.Kind is not RelationKind.Index).GroupBy(l => l.Table))
        {
            var mode = LockModes.Strongest(group.Select(l => l.Mode));
            var blocks = LockModes.BlocksReads(mode) ? "reads and writes" : "writes";
            var fact = $"{LockModes.Display(mode)} lock on {group.Key}";
            yield return new TracedFinding(TracedRules.BlockingLock.Report(
                $"{Traced}{fact}, taken by the statement and held until the script's transaction ends; {blocks} on {group.Key} wait that long.",
                script.RelativePath, statement.Line, statement.Column, group.Key), script, statement.Index, fact);
        }

        // REINDEX / CREATE INDEX CONCURRENTLY build new index files without blocking: that is the safe form, not a finding.
        var concurrently = statement.Index < script.Sql.Statements.Count && script.Sql.Statements[statement.Index].Tokens.Any(t => t.IsWord("concurrently"));
        foreach (var group in statement.Rewrites.Where(r => !(concurrently && r.Kind == RelationKind.Index)).GroupBy(r => r.Table))
        {
            var tableRewritten = group.Any(r => r.Relation == group.Key);
            var indexes = group.Count(r => r.Kind == RelationKind.Index);
            var what = tableRewritten
                ? indexes > 0 ? $"table {group.Key} and {indexes} of its index(es)" : $"table {group.Key}"
                : $"{indexes} index(es) of {group.Key} ({string.Join(", ", group.Select(r => r.Relation))})";
            var fact = $"rewrote {what}";
            var obj = tableRewritten ? group.Key : group.First().Relation;
            yield return new TracedFinding(TracedRules.Rewrite.Report(
                $"{Traced}the statement {fact} (new relfilenode): every row is copied while ACCESS EXCLUSIVE keeps reads and writes out.",
                script.RelativePath, statement.Line, statement.Column, obj), script, statement.Index, fact);
        }
    }

    /// <summary>
    /// Data loss from a before/after schema diff of one script (DriftCheck's pending effects): removed schemas,
    /// tables, columns, sequences and types, tied to the script; objects inside a removed schema or table are left to it.
    /// </summary>
    public static IReadOnlyList<TracedFinding> FromRemovals(MigrationScript script, IReadOnlyList<SchemaChange> changes)
    {
        var removed = changes.Where(c => c.Kind == ChangeKind.Removed).ToList();
        var gone = removed.Select(c => c.Identity).ToHashSet(StringComparer.Ordinal);
        var goneSchemas = removed.Where(c => c.ObjectKind == ObjectKind.Schema).Select(c => c.Identity).ToHashSet(StringComparer.Ordinal);
        var found = new List<TracedFinding>();
        foreach (var change in removed)
        {
            if (KindOf(change.ObjectKind) is not { } kind) continue;
            var schema = change.Before?.Schema;
            if (kind != RemovedKind.Schema && schema is not null && goneSchemas.Contains(schema)) continue;
            if (change.Before?.Parent is { } parent && gone.Contains(parent)) continue;
            // A serial column's sequence goes with the column; the column's finding says it.
            if (kind == RemovedKind.Sequence && change.Before?.Parent is { } owner &&
                removed.Any(c => c.ObjectKind == ObjectKind.Column && c.Before?.Parent == owner)) continue;
            var rule = RuleFor(kind);
            var fact = $"{Noun(kind)} {change.Identity} is gone after the script (schema before/after)";
            found.Add(new TracedFinding(rule.Report(
                $"Traced (the script was applied on top of production's history and the schema compared before and after it): {fact}. {rule.Summary}",
                script.RelativePath, obj: change.Identity), script, null, fact));
        }
        return found;
    }

    public static Rule RuleFor(RemovedKind kind) => kind switch
    {
        RemovedKind.Schema => DataLossRules.DropSchema,
        RemovedKind.Table => DataLossRules.DropTable,
        RemovedKind.Column => DataLossRules.DropColumn,
        RemovedKind.Sequence => DataLossRules.DropSequence,
        _ => DataLossRules.DropType,
    };

    private static RemovedKind? KindOf(ObjectKind kind) => kind switch
    {
        ObjectKind.Schema => RemovedKind.Schema,
        ObjectKind.Table => RemovedKind.Table,
        ObjectKind.Column => RemovedKind.Column,
        ObjectKind.Sequence => RemovedKind.Sequence,
        ObjectKind.Enum or ObjectKind.Domain or ObjectKind.CompositeType => RemovedKind.Type,
        _ => null,
    };

    private static string Noun(RemovedKind kind) => kind.ToString().ToLowerInvariant();
}
