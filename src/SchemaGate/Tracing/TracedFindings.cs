using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules;
using SchemaGate.Rules.DataLoss;
using SchemaGate.Sql;

namespace SchemaGate.Tracing;

/// <summary>
/// Turns traces into findings, each at the statement that ran (its file, line and statement index) with the observed
/// fact as evidence:
/// <list type="bullet">
/// <item>a removed table, column, schema, sequence or type: the data-loss rule of its kind (SG201, SG202, SG203, SG209, SG210);</item>
/// <item>a statement that ran hidden inside it (a function, DO block, EXECUTE, trigger): whatever the static rules say of
/// that statement's text (a TRUNCATE is SG205, a DELETE without WHERE SG206...), judged against the tables that existed;</item>
/// <item>a write-blocking lock on a table that existed, which no statement text explains (the statement is not DDL naming
/// the table, and no hidden DDL statement names it): SG315;</item>
/// <item>a rewritten table or index: SG316 (a TRUNCATE's new data file is its emptying, not a rewrite).</item>
/// </list>
/// Locks and rewrites that statements explain are returned as <see cref="Observation"/>s, so the static finding that
/// names that effect on the statement carries them as evidence (<see cref="TraceJoin"/>).
/// </summary>
public static class TracedFindings
{
    /// <summary>A traced lock or rewrite on a statement, to attach to the static findings there that name its effect.</summary>
    public sealed record Observation(string File, int Statement, RuleEffects Effect, TraceFact Fact);

    public sealed record Result(IReadOnlyList<Finding> Findings, IReadOnlyList<Observation> Observations);

    public static Result For(IEnumerable<TracedScript> traces)
    {
        var findings = new List<Finding>();
        var observations = new List<Observation>();
        foreach (var trace in traces)
        {
            foreach (var statement in trace.Statements)
                For(trace, statement, findings, observations);
        }
        return new Result(findings, observations);
    }

    private static void For(TracedScript trace, TracedStatement traced, List<Finding> findings, List<Observation> observations)
    {
        var script = trace.Script;
        var statement = traced.Index < script.Sql.Statements.Count ? script.Sql.Statements[traced.Index] : null;
        Finding At(Rule rule, string message, string? obj, TraceFact fact) =>
            rule.Report(message, script.RelativePath, traced.Line, traced.Column, obj, traced.Index) with
            {
                Evidence = new FindingEvidence { Trace = [fact] },
            };

        foreach (var removed in traced.Removed)
        {
            var kind = Noun(removed.Kind);
            findings.Add(At(RuleFor(removed.Kind), "", removed.Identity,
                new TraceFact(TraceFactKind.Removed, removed.Identity) { ObjectKind = kind, With = removed.Folded }));
        }

        foreach (var nested in traced.Nested)
        {
            var fact = new TraceFact(TraceFactKind.Ran, script.RelativePath) { Statement = nested.Text, Via = nested.Via };
            foreach (var hidden in MigrationLinter.LintHidden(nested.Text, script.RelativePath, t => Existed(trace, t)))
            {
                if (!hidden.Rule.ReportedBy.HasFlag(Analyses.Traced)) continue;
                findings.Add(hidden with
                {
                    Line = traced.Line,
                    Column = traced.Column,
                    Statement = traced.Index,
                    Evidence = new FindingEvidence { Trace = [fact] },
                });
            }
        }

        foreach (var group in traced.Locks.Where(l => l.BlocksWrites && l.Kind is not RelationKind.Index).GroupBy(l => l.Table))
        {
            var mode = LockModes.Strongest(group.Select(l => l.Mode));
            var fact = new TraceFact(TraceFactKind.Locked, group.Key) { Mode = mode };
            if (statement is not null && Explains(statement, traced.Nested, group.Key))
            {
                observations.Add(new Observation(script.RelativePath, traced.Index, RuleEffects.BlocksWrites, fact));
                continue;
            }
            var blocks = LockModes.BlocksReads(mode) ? "reads and writes" : "writes";
            findings.Add(At(TracedRules.BlockingLock,
                $"The statement took {LockModes.Display(mode)} on {group.Key} without naming it (through a function, a DO block, EXECUTE or a trigger); {blocks} on it wait until the script's transaction ends.",
                group.Key, fact));
        }

        // REINDEX / CREATE INDEX CONCURRENTLY build new index files without blocking: that is the safe form, not a finding.
        var concurrently = statement?.Tokens.Any(t => t.IsWord("concurrently")) == true;
        foreach (var group in traced.Rewrites.Where(r => !(concurrently && r.Kind == RelationKind.Index)).GroupBy(r => r.Table))
        {
            if (statement is not null && Truncates(statement, traced.Nested, group.Key)) continue;
            var tableRewritten = group.Any(r => r.Relation == group.Key);
            var indexes = group.Where(r => r.Kind == RelationKind.Index).Select(r => r.Relation).ToList();
            var fact = tableRewritten
                ? new TraceFact(TraceFactKind.Rewrote, group.Key) { ObjectKind = "table", With = indexes }
                : new TraceFact(TraceFactKind.Rewrote, group.Key) { ObjectKind = "index", With = indexes };
            observations.Add(new Observation(script.RelativePath, traced.Index, RuleEffects.RewritesTable, fact));
            findings.Add(At(TracedRules.Rewrite, "", tableRewritten ? group.Key : indexes[0], fact));
        }
    }

    /// <summary>
    /// Data loss from a before/after schema diff of one script (DiffAgainstProd's pending effects): removed schemas,
    /// tables, columns, sequences and types, tied to the script; objects inside a removed schema or table are left to it.
    /// </summary>
    public static IReadOnlyList<Finding> FromRemovals(MigrationScript script, IReadOnlyList<SchemaChange> changes)
    {
        var removed = changes.Where(c => c.Kind == ChangeKind.Removed).ToList();
        var gone = removed.Select(c => c.Identity).ToHashSet(StringComparer.Ordinal);
        var goneSchemas = removed.Where(c => c.ObjectKind == ObjectKind.Schema).Select(c => c.Identity).ToHashSet(StringComparer.Ordinal);
        var found = new List<Finding>();
        foreach (var change in removed)
        {
            if (KindOf(change.ObjectKind) is not { } kind) continue;
            var schema = change.Before?.Schema;
            if (kind != RemovedKind.Schema && schema is not null && goneSchemas.Contains(schema)) continue;
            if (change.Before?.Parent is { } parent && gone.Contains(parent)) continue;
            // A serial column's sequence goes with the column; the column's finding says it.
            if (kind == RemovedKind.Sequence && change.Before?.Parent is { } owner &&
                removed.Any(c => c.ObjectKind == ObjectKind.Column && c.Before?.Parent == owner)) continue;
            var fact = new TraceFact(TraceFactKind.Removed, change.Identity) { ObjectKind = Noun(kind), FromSchemaDiff = true };
            found.Add(RuleFor(kind).Report("", script.RelativePath, obj: change.Identity) with { Evidence = new FindingEvidence { Trace = [fact] } });
        }
        return found;
    }

    public static Rule RuleFor(RemovedKind kind) => kind switch
    {
        RemovedKind.Schema => DropSchemaRule.Definition,
        RemovedKind.Table => DropTableRule.Definition,
        RemovedKind.Column => DropColumnRule.Definition,
        RemovedKind.Sequence => DropSequenceRule.Definition,
        _ => DropTypeRule.Definition,
    };

    /// <summary>
    /// A table existed before when the traced run saw it (schema-qualified); an unqualified name, which the static rules
    /// read as <c>public</c>, also matches the one existing table of that name in another schema.
    /// </summary>
    private static bool Existed(TracedScript trace, QualifiedName table)
    {
        if (trace.ExistingTables.Contains($"{table.Schema}.{table.Name}")) return true;
        if (table.Schema != QualifiedName.DefaultSchema) return false;
        return trace.ExistingTables.Count(t => t.EndsWith("." + table.Name, StringComparison.Ordinal)) == 1;
    }

    /// <summary>
    /// DDL (the statement itself, or one that ran hidden inside it) that names the table explains a lock on it: its
    /// danger is the static rules' to judge (SG301 for an index build, SG305 for a validating CHECK, SG314 for no
    /// lock_timeout...). LOCK TABLE and REFRESH MATERIALIZED VIEW explain nothing: the lock is their whole effect, held
    /// until the transaction ends.
    /// </summary>
    private static bool Explains(SqlStatement statement, IReadOnlyList<NestedStatement> nested, string table)
    {
        var name = LastPart(table);
        return IsDdlNaming(statement.Tokens, name) ||
               nested.Any(n => SqlScript.Parse(n.Text).Statements.Any(s => IsDdlNaming(s.Tokens, name)));
    }

    /// <summary>A TRUNCATE of the table (the statement, or one hidden inside it) gives it a new data file: that is its emptying, reported as such.</summary>
    private static bool Truncates(SqlStatement statement, IReadOnlyList<NestedStatement> nested, string table)
    {
        var name = LastPart(table);
        static bool Truncating(IReadOnlyList<SqlToken> t, string n) => t.Count > 0 && t[0].IsWord("truncate") && Names(t, n);
        return Truncating(statement.Tokens, name) || nested.Any(n => SqlScript.Parse(n.Text).Statements.Any(s => Truncating(s.Tokens, name)));
    }

    private static bool IsDdlNaming(IReadOnlyList<SqlToken> tokens, string name) =>
        tokens.Count > 0 && DdlWords.Any(w => tokens[0].IsWord(w)) && Names(tokens, name);

    private static readonly string[] DdlWords =
        ["alter", "create", "drop", "truncate", "cluster", "vacuum", "reindex", "comment", "grant", "revoke", "security"];

    private static bool Names(IReadOnlyList<SqlToken> tokens, string name) =>
        tokens.Any(t => t.Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier && t.Value == name);

    private static string LastPart(string qualified)
    {
        var canonical = ObjectName.Canonical(qualified)!;
        var dot = canonical.LastIndexOf('.');
        return dot < 0 ? canonical : canonical[(dot + 1)..];
    }

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
