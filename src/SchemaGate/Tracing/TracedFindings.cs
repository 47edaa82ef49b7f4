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
/// names that effect on the statement carries them as evidence (<see cref="TraceJoin"/>). An ALTER TABLE of an existing
/// table that kept its data file is a <see cref="TraceFactKind.NoRewrite"/> observation: a static guess that it rewrites
/// (SG208, SG308) is withdrawn.
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
            NoRewrites(trace, observations);
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

        // A statement on a partitioned table also locks, rewrites and drops columns of its partitions: those are the
        // parent's own effects, reported once on the parent.
        var parents = statement is null ? [] : traced.Locks
            .Where(l => l.Kind == RelationKind.PartitionedTable && Explains(statement, traced.Nested, [l.Relation]))
            .Select(l => l.Relation).ToHashSet(StringComparer.Ordinal);
        bool PartOfParent(string table) => parents.Count > 0 && !parents.Contains(table);
        var parentColumns = traced.Removed.Where(r => r.Kind == RemovedKind.Column && parents.Any(p => r.Identity.StartsWith(p + ".", StringComparison.Ordinal)))
            .Select(r => LastPart(r.Identity)).ToHashSet(StringComparer.Ordinal);

        foreach (var removed in traced.Removed)
        {
            if (removed.Kind == RemovedKind.Column && parentColumns.Contains(LastPart(removed.Identity)) &&
                !parents.Any(p => removed.Identity.StartsWith(p + ".", StringComparison.Ordinal))) continue;
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

        // TRUNCATE ... CASCADE empties the tables whose foreign keys point at the ones it names: their new data files are
        // that emptying, each the data loss of TRUNCATE.
        var cascade = statement is not null && TruncatesWithCascade(statement, traced.Nested);
        var cascaded = cascade
            ? traced.Rewrites.Where(r => r.Kind != RelationKind.Index && !Truncates(statement!, traced.Nested, r.Table)).Select(r => r.Table).ToHashSet(StringComparer.Ordinal)
            : [];

        var newIndexTables = statement is null ? [] : IndexTablesNamed(script, statement).ToList();
        var truncatedByRoutine = new Dictionary<string, string>(StringComparer.Ordinal);
        if (statement is not null)
        {
            foreach (var table in traced.Rewrites.Where(r => r.Kind != RelationKind.Index).Select(r => r.Table).Distinct())
            {
                if (!Truncates(statement, traced.Nested, table) && TruncatedByRoutine(script, statement, traced.Nested, table) is { } routine)
                    truncatedByRoutine[table] = routine;
            }
        }

        foreach (var group in traced.Locks.Where(l => l.BlocksWrites).GroupBy(l => l.Table))
        {
            var onTable = group.Where(l => l.Kind is not RelationKind.Index).ToList();
            if (onTable.Count == 0) continue;
            var mode = LockModes.Strongest(onTable.Select(l => l.Mode));
            // Nothing writes a materialized view: below ACCESS EXCLUSIVE (REFRESH ... CONCURRENTLY) its readers go on.
            if (onTable.All(l => l.Kind == RelationKind.MaterializedView) && !LockModes.BlocksReads(mode)) continue;
            var fact = new TraceFact(TraceFactKind.Locked, group.Key) { Mode = mode };
            var names = group.Select(l => l.Relation).Append(group.Key).Distinct().ToList();
            if (statement is not null && (Explains(statement, traced.Nested, names) || newIndexTables.Any(t => ObjectName.Same(t, group.Key)) ||
                                          RemovedBy(traced, group.Key) || cascaded.Contains(group.Key) || PartOfParent(group.Key) ||
                                          DropsWithCascade(statement) || truncatedByRoutine.ContainsKey(group.Key) || OwnDdl(statement, traced)))
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
            if (statement is not null && PartOfParent(group.Key) && parents.Any(p => Truncates(statement, traced.Nested, p))) continue;
            if (truncatedByRoutine.TryGetValue(group.Key, out var routine))
            {
                // pg_stat_statements does not show a utility statement run by a SQL-language routine; the routine's body does.
                findings.Add(TruncateRule.Definition.Report(
                    $"TRUNCATE {group.Key} ran in {routine}, which the script created and this statement calls.",
                    script.RelativePath, traced.Line, traced.Column, group.Key, traced.Index));
                continue;
            }
            if (cascaded.Contains(group.Key))
            {
                findings.Add(TruncateRule.Definition.Report(
                    $"TRUNCATE ... CASCADE also emptied {group.Key}, which the statement does not name (its foreign key points at a truncated table).",
                    script.RelativePath, traced.Line, traced.Column, group.Key, traced.Index));
                continue;
            }
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
    /// DDL written in the script that ran nothing hidden: every lock it took is its own doing (the table a dropped foreign
    /// key points at, partitions, dependent objects), judged by the static rules on the statement, not SG315's business.
    /// </summary>
    private static bool OwnDdl(SqlStatement statement, TracedStatement traced) =>
        traced.Nested.Count == 0 && statement.Tokens.Count > 0 && DdlWords.Any(w => statement.Tokens[0].IsWord(w));

    /// <summary>DROP ... CASCADE: the locks on what depends on the dropped object (a foreign key, a default) are part of the drop.</summary>
    private static bool DropsWithCascade(SqlStatement statement) =>
        statement.Tokens.Count > 0 && statement.Tokens[0].IsWord("drop") && statement.Tokens[^1].IsWord("cascade");

    /// <summary>The tables of the indexes this statement names that the script itself created (a new index is not in the inventory).</summary>
    private static IEnumerable<string> IndexTablesNamed(MigrationScript script, SqlStatement statement)
    {
        foreach (var earlier in script.Sql.Statements.Take(statement.Index))
        {
            var t = earlier.Tokens;
            var i = 1;
            if (t.Count < 4 || !t[0].IsWord("create")) continue;
            t.Skip(ref i, "unique");
            if (!t.Skip(ref i, "index")) continue;
            t.Skip(ref i, "concurrently");
            if (t.Skip(ref i, "if", "not")) t.Skip(ref i, "exists");
            if (!t.TryReadIdentifier(ref i, out var index) || !t.Skip(ref i, "on")) continue;
            t.Skip(ref i, "only");
            if (t.TryReadName(ref i, out var table) && Names(statement.Tokens, index)) yield return table.ToString();
        }
    }

    /// <summary>
    /// A function or procedure the script created before this statement, called by it (<c>name(</c>), whose body
    /// truncates the table; null when none does.
    /// </summary>
    private static string? TruncatedByRoutine(MigrationScript script, SqlStatement statement, IReadOnlyList<NestedStatement> nested, string table)
    {
        var name = LastPart(table);
        foreach (var earlier in script.Sql.Statements.Take(statement.Index))
        {
            var t = earlier.Tokens;
            var i = 1;
            if (t.Count < 4 || !t[0].IsWord("create")) continue;
            if (t.IsWordAt(1, "or") && t.IsWordAt(2, "replace")) i = 3;
            var kind = t.IsWordAt(i, "function") ? "function" : "procedure";
            if (!t.Skip(ref i, "function") && !t.Skip(ref i, "procedure")) continue;
            if (!t.TryReadName(ref i, out var routine) || !Calls(statement, nested, routine.Name)) continue;
            foreach (var body in t.Where(x => x.Kind is SqlTokenKind.DollarString or SqlTokenKind.String))
            {
                var b = SqlScript.Parse(body.Value).Statements.SelectMany(x => x.Tokens).ToList();
                for (var j = 0; j < b.Count; j++)
                {
                    if (!b[j].IsWord("truncate")) continue;
                    var k = j + 1;
                    b.Skip(ref k, "table");
                    b.Skip(ref k, "only");
                    if (b.TryReadName(ref k, out var truncated) && truncated.Name == name) return $"{kind} {routine}()";
                }
            }
        }
        return null;
    }

    private static bool Calls(SqlStatement statement, IReadOnlyList<NestedStatement> nested, string routine)
    {
        static bool In(IReadOnlyList<SqlToken> t, string r)
        {
            for (var i = 0; i + 1 < t.Count; i++)
                if (t[i].IsIdentifier() && t[i].Value == r && t.IsCharAt(i + 1, '(')) return true;
            return false;
        }
        return In(statement.Tokens, routine) || nested.Any(n => SqlScript.Parse(n.Text).Statements.Any(s => In(s.Tokens, routine)));
    }

    /// <summary>The statement removed the table, or the schema it was in (its lock is part of that removal, reported as data loss).</summary>
    private static bool RemovedBy(TracedStatement traced, string table) =>
        traced.Removed.Any(r => ObjectName.Same(r.Identity, table) ||
                                r.Folded.Any(f => ObjectName.Same(f[(f.IndexOf(' ', StringComparison.Ordinal) + 1)..], table)) ||
                                (r.Kind == RemovedKind.Schema && ObjectName.Canonical(table)!.StartsWith(ObjectName.Canonical(r.Identity) + ".", StringComparison.Ordinal)));

    /// <summary>
    /// Every ALTER TABLE of a table that existed, in a script the tracer followed, is probed (no filter skips ALTER TABLE),
    /// so a table with no traced rewrite on that statement kept its data file. A type change to or from a time-zone type
    /// is left out: whether it rewrites depends on the session's time zone, which production may not share.
    /// </summary>
    private static void NoRewrites(TracedScript trace, List<Observation> observations)
    {
        var script = trace.Script;
        foreach (var statement in script.Sql.Statements)
        {
            var traced = trace.Statements.FirstOrDefault(s => s.Index == statement.Index);
            // An ALTER TABLE that ran hidden inside the statement (EXECUTE, a function) was probed with it.
            var hidden = traced?.Nested.SelectMany(n => SqlScript.Parse(n.Text).Statements) ?? [];
            foreach (var alter in hidden.Prepend(statement).Select(Altered).OfType<AlterTable>())
            {
                if (!Existed(trace, alter.Table)) continue;
                if (alter.Actions.Any(a => Rules.Schema.TypeAction.Read(a)?.Type?.Name is { } type && type.StartsWith("time", StringComparison.Ordinal))) continue;
                var table = alter.Table.ToString();
                if (traced is not null && traced.Rewrites.Any(r => ObjectName.Same(r.Table, table))) continue;
                observations.Add(new Observation(script.RelativePath, statement.Index, RuleEffects.RewritesTable, new TraceFact(TraceFactKind.NoRewrite, table)));
            }
        }
    }

    private static AlterTable? Altered(SqlStatement statement) =>
        statement.Tokens.Count > 0 && statement.Tokens[0].IsWord("alter") ? AlterTable.TryParse(statement) : null;

    /// <summary>
    /// Data loss from a before/after schema diff of one script (DiffAgainstProd's pending effects): removed schemas,
    /// tables, columns, sequences and types, tied to the script; objects inside a removed schema or table are left to it.
    /// An object the script renames or moves (RENAME, SET SCHEMA) is missing under its old name but lost nothing: it is
    /// left out (the rename is SG310's).
    /// </summary>
    public static IReadOnlyList<Finding> FromRemovals(MigrationScript script, IReadOnlyList<SchemaChange> changes) =>
        FromRemovals(script, changes, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>
    /// <see cref="FromRemovals(MigrationScript, IReadOnlyList{SchemaChange})"/> over the pending scripts in order: an
    /// object an earlier pending script added is new, so removing it loses nothing production has.
    /// </summary>
    public static IReadOnlyList<Finding> FromRemovals(IEnumerable<Plan.PendingScriptEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        var added = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Finding>();
        foreach (var effect in effects)
        {
            found.AddRange(FromRemovals(effect.Script, effect.Changes, added));
            foreach (var change in effect.Changes.Where(c => c.Kind == ChangeKind.Added)) added.Add(ObjectName.Canonical(change.Identity)!);
        }
        return found;
    }

    private static IReadOnlyList<Finding> FromRemovals(MigrationScript script, IReadOnlyList<SchemaChange> changes, IReadOnlySet<string> addedEarlier)
    {
        var renamed = Renamed(script);
        var removed = changes.Where(c => c.Kind == ChangeKind.Removed).ToList();
        var gone = removed.Select(c => c.Identity).ToHashSet(StringComparer.Ordinal);
        var goneSchemas = removed.Where(c => c.ObjectKind == ObjectKind.Schema).Select(c => c.Identity).ToHashSet(StringComparer.Ordinal);
        var found = new List<Finding>();
        foreach (var change in removed)
        {
            if (KindOf(change.ObjectKind) is not { } kind) continue;
            var identity = ObjectName.Canonical(change.Identity)!;
            var owner0 = ObjectName.Canonical(change.Before?.Parent);
            if (renamed.Contains(identity) || (owner0 is not null && renamed.Contains(owner0))) continue;
            if (addedEarlier.Contains(identity) || (owner0 is not null && addedEarlier.Contains(owner0))) continue;
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

    /// <summary>The old names (canonical) of the tables, columns, schemas, sequences and types the script renames or moves.</summary>
    private static HashSet<string> Renamed(MigrationScript script)
    {
        var renamed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in script.Sql.Statements)
        {
            var t = statement.Tokens;
            if (t.Count < 4 || !t[0].IsWord("alter")) continue;
            if (AlterTable.TryParse(statement) is { } alter)
            {
                foreach (var action in alter.Actions)
                {
                    if (action.Is("rename", "to") || action.Is("set", "schema")) renamed.Add(ObjectName.Canonical(alter.Table.ToString())!);
                    else if (action.Is("attach", "partition") || action.Is("detach", "partition"))
                    {
                        // The partition's columns are the parent's now (or again its own): nothing is lost.
                        var i = action.Start + 2;
                        if (action.Tokens.TryReadName(ref i, out var partition)) renamed.Add(ObjectName.Canonical(partition.ToString())!);
                    }
                    else if (action.Is("rename") && !action.Is("rename", "constraint"))
                    {
                        var i = action.Start + 1;
                        action.Tokens.Skip(ref i, "column");
                        if (action.Tokens.TryReadIdentifier(ref i, out var column)) renamed.Add(ObjectName.Canonical(alter.Table.Member(column))!);
                    }
                }
                continue;
            }
            var j = 2;
            if (t[1].IsWord("schema"))
            {
                if (t.IsWordAt(3, "rename")) renamed.Add(ObjectName.Canonical(QualifiedName.Display(t[2].Name()))!);
                continue;
            }
            if (!(t[1].IsWord("type") || t[1].IsWord("sequence") || t[1].IsWord("domain"))) continue;
            t.Skip(ref j, "if", "exists");
            if (t.TryReadName(ref j, out var name) && (t.IsWordAt(j, "rename") && t.IsWordAt(j + 1, "to") || t.IsWordAt(j, "set") && t.IsWordAt(j + 1, "schema")))
                renamed.Add(ObjectName.Canonical(name.ToString())!);
        }
        return renamed;
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
    private static bool Explains(SqlStatement statement, IReadOnlyList<NestedStatement> nested, IReadOnlyList<string> relations)
    {
        var names = relations.Select(LastPart).ToList();
        return names.Any(n => IsDdlNaming(statement.Tokens, n)) ||
               nested.Any(x => SqlScript.Parse(x.Text).Statements.Any(s => names.Any(n => IsDdlNaming(s.Tokens, n))));
    }

    /// <summary>A TRUNCATE of the table (the statement, or one hidden inside it) gives it a new data file: that is its emptying, reported as such.</summary>
    private static bool Truncates(SqlStatement statement, IReadOnlyList<NestedStatement> nested, string table)
    {
        var name = LastPart(table);
        static bool Truncating(IReadOnlyList<SqlToken> t, string n) => t.Count > 0 && t[0].IsWord("truncate") && Names(t, n);
        return Truncating(statement.Tokens, name) || nested.Any(n => SqlScript.Parse(n.Text).Statements.Any(s => Truncating(s.Tokens, name)));
    }

    /// <summary>A TRUNCATE with CASCADE (the statement, or one hidden inside it).</summary>
    private static bool TruncatesWithCascade(SqlStatement statement, IReadOnlyList<NestedStatement> nested)
    {
        static bool Cascading(IReadOnlyList<SqlToken> t) => t.Count > 0 && t[0].IsWord("truncate") && t.Any(x => x.IsWord("cascade"));
        return Cascading(statement.Tokens) || nested.Any(n => SqlScript.Parse(n.Text).Statements.Any(s => Cascading(s.Tokens)));
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
