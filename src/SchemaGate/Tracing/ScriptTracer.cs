using System.Globalization;
using Npgsql;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules;
using SchemaGate.Sql;

namespace SchemaGate.Tracing;

/// <summary>
/// The traced analysis, as the runner's <see cref="IStatementObserver"/>. Before a script it reads what exists
/// (<see cref="Inventory"/>, one query); after each statement one query says which locks the session now holds on
/// those relations, which of them have a new relfilenode, and which relations, columns, schemas and types are gone.
/// A finished script becomes a <see cref="TracedScript"/> in <see cref="Traces"/>; a script that fails is dropped
/// (its transaction rolled back). Inside a transaction the after-statement query rides in the statement's own round
/// trip (<see cref="IBatchedStatementObserver"/>). One tracer per runner; not for concurrent use.
/// </summary>
public sealed class ScriptTracer : IBatchedStatementObserver, IAsyncDisposable
{
    private const string ChangeMarkQuery =
        "select greatest((select max(oid) from pg_class), (select max(oid) from pg_type), (select max(oid) from pg_namespace))";

    private readonly List<TracedScript> _traces = [];
    private readonly TracerOptions _options;
    private ScriptState? _current;
    private ChangeBaseline? _baseline;
    private NestedStatements? _nested;

    public ScriptTracer() : this(new TracerOptions()) { }

    public ScriptTracer(TracerOptions options) => _options = options;

    public IReadOnlyList<TracedScript> Traces => _traces;

    /// <summary>Catalog queries the tracer sent so far (for the overhead measurement).</summary>
    public int Probes { get; private set; }

    /// <summary>Of <see cref="Probes"/>, those that travelled in the statement's own round trip.</summary>
    public int BatchedProbes { get; private set; }

    public async Task BeforeScriptAsync(NpgsqlConnection conn, MigrationScript script, CancellationToken ct)
    {
        var filter = new ProbeFilter(new ScriptContext(script));
        var inChange = _options.InChange?.Invoke(script) == true;
        if (_options.StatsDatabase is { } stats)
        {
            await NestedStatements.EnableAsync(conn, ct).ConfigureAwait(false);
            _nested ??= await NestedStatements.OpenAsync(stats, conn, ct).ConfigureAwait(false);
            await _nested.TakeAsync(ct).ConfigureAwait(false); // whatever ran between scripts belongs to no statement
        }
        // The first script of the change fixes what "existed before the change" means for every later one.
        if (inChange && _baseline is null)
        {
            var inventory = await Inventory.ReadAsync(conn, ct).ConfigureAwait(false);
            await using var cmd = new NpgsqlCommand(ChangeMarkQuery, conn);
            var mark = (uint)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) ?? 0u);
            Probes += 2;
            _baseline = new ChangeBaseline(mark, [.. inventory.Columns.Keys]);
            _current = new ScriptState(script, inventory, filter, _baseline);
            return;
        }
        // A script whose statements cannot touch what exists (functions, views, comments) needs no inventory at all.
        if (script.Sql.Statements.All(filter.CannotTouchExisting))
        {
            _current = new ScriptState(script, new Inventory(), filter, inChange ? _baseline : null);
            return;
        }
        _current = new ScriptState(script, await Inventory.ReadAsync(conn, ct).ConfigureAwait(false), filter, inChange ? _baseline : null);
        Probes++;
    }

    public async Task AfterStatementAsync(NpgsqlConnection conn, MigrationScript script, SqlStatement statement, CancellationToken ct)
    {
        if (!NeedsProbe(script, statement)) return;
        await using (var cmd = new NpgsqlCommand(TraceQueries.AfterStatement, conn))
        {
            _current!.Inventory.Bind(cmd.Parameters);
            // Prepared once per connection (Npgsql keeps it by SQL text): planning this query costs more than running it.
            await cmd.PrepareAsync(ct).ConfigureAwait(false);
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await ObserveAsync(r, script, statement, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The after-statement query, to travel in the statement's own round trip; null when the statement needs none.</summary>
    public NpgsqlBatchCommand? ProbeFor(MigrationScript script, SqlStatement statement)
    {
        if (!NeedsProbe(script, statement)) return null;
        var probe = new NpgsqlBatchCommand(TraceQueries.AfterStatement);
        _current!.Inventory.Bind(probe.Parameters);
        return probe;
    }

    public async Task ReadProbeAsync(NpgsqlDataReader reader, MigrationScript script, SqlStatement statement, CancellationToken ct)
    {
        if (await ObserveAsync(reader, script, statement, ct).ConfigureAwait(false)) BatchedProbes++;
    }

    private async Task<bool> ObserveAsync(NpgsqlDataReader reader, MigrationScript script, SqlStatement statement, CancellationToken ct)
    {
        if (_current is not { } state || state.Script != script) return false;
        var rows = new List<(string Kind, uint Id, int Sub, string? Value)>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            rows.Add((reader.GetString(0), reader.GetFieldValue<uint>(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        Probes++;
        // The side connection is free while the traced one is still reading: what ran inside the statement.
        IReadOnlyList<string> nested = _nested is null ? [] : await _nested.TakeAsync(ct).ConfigureAwait(false);
        var traced = state.Observe(statement, rows, nested);
        if (!traced.IsEmpty) state.Statements.Add(traced);
        return true;
    }

    private bool NeedsProbe(MigrationScript script, SqlStatement statement) =>
        _current is { } state && state.Script == script && !state.Inventory.IsEmpty && !state.Filter.CannotTouchExisting(statement);

    public async Task AfterScriptAsync(NpgsqlConnection conn, MigrationScript script, CancellationToken ct)
    {
        if (_current is { } state && state.Script == script)
        {
            var statements = state.Statements.ToList();
            if (statements.Any(s => s.Nested.Count > 0))
            {
                // Still inside the script's transaction: the functions it created are visible here.
                var routines = await RoutinesAsync(conn, ct).ConfigureAwait(false);
                statements = statements.Select(s => s.Nested.Count == 0 ? s : s with
                {
                    Nested = s.Nested.Select(n => n with { Via = HiddenStatementForm.Describe(n.Text, script.Sql.Statements[s.Index], routines) }).ToList(),
                }).ToList();
            }
            var existing = state.ExistingTables();
            if (!state.Inventory.IsEmpty)
                statements = await WithUnfiredRowTriggersAsync(conn, script, statements, existing, ct).ConfigureAwait(false);
            _traces.Add(new TracedScript(script, statements, LocksTraced: !script.Directives.NoTransaction)
            {
                ExistingTables = existing,
                NestedTraced = _nested is not null,
            });
        }
        _current = null;
    }

    /// <summary>
    /// Adds what row-level triggers would run in production (<see cref="UnfiredRowTriggers"/>) to the statements that
    /// would fire them, unless the trace already saw that trigger function run (the table had rows here too).
    /// </summary>
    private async Task<List<TracedStatement>> WithUnfiredRowTriggersAsync(NpgsqlConnection conn, MigrationScript script, List<TracedStatement> statements,
        IReadOnlySet<string> existing, CancellationToken ct)
    {
        var unfired = await UnfiredRowTriggers.ReadAsync(conn, script.Sql.Statements, existing, ct).ConfigureAwait(false);
        if (unfired.Count == 0) return statements;
        Probes += unfired.Count;
        foreach (var (index, nested) in unfired)
        {
            var at = statements.FindIndex(s => s.Index == index);
            var sql = script.Sql.Statements[index];
            var traced = at >= 0 ? statements[at] : new TracedStatement(index, sql.Line, sql.Column, [], [], []);
            // HiddenStatementForm says "in trigger function <signature>" of a trigger function it saw run.
            var fresh = nested.Where(n => !traced.Nested.Any(seen => seen.Via.Contains("trigger function " + n.Function, StringComparison.Ordinal)))
                .Select(n => n.Statement).ToList();
            if (fresh.Count == 0) continue;
            traced = traced with { Nested = [.. traced.Nested, .. fresh] };
            if (at >= 0) statements[at] = traced;
            else statements.Add(traced);
        }
        statements.Sort((a, b) => a.Index.CompareTo(b.Index));
        return statements;
    }

    private static async Task<IReadOnlyList<HiddenStatementForm.Routine>> RoutinesAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select p.oid::regprocedure::text, p.prokind::text, p.prorettype = 'trigger'::regtype, p.prosrc
              from pg_proc p
              join pg_namespace n on n.oid = p.pronamespace
              join pg_language l on l.oid = p.prolang
             where n.nspname not in ('pg_catalog', 'information_schema') and l.lanname in ('plpgsql', 'sql')
             order by 1
            """, conn);
        var routines = new List<HiddenStatementForm.Routine>();
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            routines.Add(new HiddenStatementForm.Routine(r.GetString(0), r.GetString(1)[0], r.GetBoolean(2), r.IsDBNull(3) ? "" : r.GetString(3)));
        return routines;
    }

    public async ValueTask DisposeAsync()
    {
        if (_nested is not null) await _nested.DisposeAsync().ConfigureAwait(false);
        _nested = null;
    }

    /// <summary>What existed when the change began: the OID high-water mark, and the columns of the tables then.</summary>
    private sealed record ChangeBaseline(uint Mark, HashSet<(uint Table, int Number)> Columns);

    /// <summary>One script in progress: what existed before it, and what has been seen so far.</summary>
    private sealed class ScriptState(MigrationScript script, Inventory inventory, ProbeFilter filter, ChangeBaseline? baseline)
    {
        public ProbeFilter Filter { get; } = filter;
        private readonly Dictionary<uint, HashSet<string>> _held = [];
        private readonly Dictionary<uint, uint> _fileNodes = inventory.Relations.ToDictionary(r => r.Key, r => r.Value.FileNode);
        private readonly HashSet<uint> _goneRelations = [];
        private readonly HashSet<(uint, int)> _goneColumns = [];
        private readonly HashSet<uint> _goneSchemas = [];
        private readonly HashSet<uint> _goneTypes = [];

        public MigrationScript Script { get; } = script;
        public Inventory Inventory { get; } = inventory;
        public List<TracedStatement> Statements { get; } = [];

        /// <summary>Inside the change, only what existed before the change counts; outside it, what existed before the script.</summary>
        private bool Existed(uint oid) => baseline is null || oid <= baseline.Mark;

        private bool ColumnExisted(uint table, int number) => baseline is null || baseline.Columns.Contains((table, number));

        /// <summary>The tables that existed before, schema-qualified without quotes, for judging hidden statements.</summary>
        public IReadOnlySet<string> ExistingTables() => Inventory.Relations.Values
            .Where(r => r.IsTable && Existed(r.Oid)).Select(r => $"{r.Schema}.{r.RelName}").ToHashSet(StringComparer.Ordinal);

        public TracedStatement Observe(SqlStatement statement, List<(string Kind, uint Id, int Sub, string? Value)> rows, IReadOnlyList<string> nested)
        {
            rows.RemoveAll(r => r.Kind == "C" ? !ColumnExisted(r.Id, r.Sub) : !Existed(r.Id));
            var locks = Locks(rows.Where(r => r.Kind == "L"));
            var rewrites = new List<TracedRewrite>();
            foreach (var row in rows.Where(r => r.Kind == "W"))
            {
                var node = uint.Parse(row.Value!, CultureInfo.InvariantCulture);
                if (_fileNodes[row.Id] == node) continue;
                _fileNodes[row.Id] = node;
                var rel = Inventory.Relations[row.Id];
                if (rel.Kind != RelationKind.Sequence) rewrites.Add(new TracedRewrite(rel.Name, rel.Kind, Inventory.TableOf(rel)));
            }

            var goneRelations = rows.Where(r => r.Kind == "G" && _goneRelations.Add(r.Id)).Select(r => Inventory.Relations[r.Id]).ToList();
            var goneSchemas = rows.Where(r => r.Kind == "N" && _goneSchemas.Add(r.Id)).Select(r => r.Id).ToHashSet();
            var goneColumns = rows.Where(r => r.Kind == "C" && Inventory.Columns.ContainsKey((r.Id, r.Sub)) && _goneColumns.Add((r.Id, r.Sub)))
                .Select(r => (Table: Inventory.Relations[r.Id], Name: Inventory.Columns[(r.Id, r.Sub)])).ToList();
            var goneTypes = rows.Where(r => r.Kind == "T" && _goneTypes.Add(r.Id)).Select(r => Inventory.Types[r.Id]).ToList();
            var removed = Removed(goneSchemas, goneRelations, goneColumns, goneTypes);
            // A relation that is gone was not rewritten in any sense that matters; its removal says more.
            rewrites.RemoveAll(w => goneRelations.Any(g => g.Name == w.Relation || g.Name == w.Table));
            return new TracedStatement(statement.Index, statement.Line, statement.Column, locks, rewrites, removed)
            {
                Nested = nested.Select(text => new NestedStatement(text, "")).ToList(),
            };
        }

        /// <summary>Modes held now that were not held after the previous statement; the strongest per relation.</summary>
        private List<TracedLock> Locks(IEnumerable<(string Kind, uint Id, int Sub, string? Value)> rows)
        {
            var now = new Dictionary<uint, HashSet<string>>();
            foreach (var row in rows)
            {
                if (!now.TryGetValue(row.Id, out var modes)) now[row.Id] = modes = [];
                modes.Add(row.Value!);
            }
            var locks = new List<TracedLock>();
            foreach (var (id, modes) in now)
            {
                var fresh = _held.TryGetValue(id, out var before) ? modes.Except(before).ToList() : modes.ToList();
                if (fresh.Count == 0) continue;
                var strongest = LockModes.Strongest(fresh);
                // A weaker mode next to a stronger one already held says nothing new.
                if (before is not null && before.Any(b => LockModes.Rank(b) >= LockModes.Rank(strongest))) continue;
                var rel = Inventory.Relations[id];
                if (rel.Kind == RelationKind.Sequence) continue;
                locks.Add(new TracedLock(rel.Name, rel.Kind, strongest, Inventory.TableOf(rel)));
            }
            foreach (var (id, modes) in now)
            {
                if (!_held.TryGetValue(id, out var held)) _held[id] = held = [];
                held.UnionWith(modes);
            }
            locks.Sort((a, b) => string.CompareOrdinal(a.Relation, b.Relation));
            return locks;
        }

        /// <summary>Removals, with what went along folded into the object that took it (schema -> its objects, table -> its sequences).</summary>
        private List<RemovedObject> Removed(HashSet<uint> schemas, List<Inventory.Relation> relations,
            List<(Inventory.Relation Table, string Name)> columns, List<(string Name, string TypType)> types)
        {
            var removed = new List<RemovedObject>();
            var schemaNames = schemas.Select(id => Inventory.Schemas[id]).ToHashSet(StringComparer.Ordinal);
            var folded = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            void Fold(string into, string what) { if (!folded.TryGetValue(into, out var l)) folded[into] = l = []; l.Add(what); }

            var goneTables = relations.Where(r => r.IsTable).ToDictionary(r => r.Oid);
            var droppedColumnTables = columns.Select(c => c.Table.Oid).ToHashSet();
            var candidates = new List<(RemovedKind Kind, string Identity, string Schema)>();
            foreach (var rel in relations)
            {
                if (rel.Kind is RelationKind.Index or RelationKind.MaterializedView) continue;
                if (rel.Kind == RelationKind.Sequence && (goneTables.ContainsKey(rel.Owner) || droppedColumnTables.Contains(rel.Owner)))
                {
                    var owner = Inventory.Relations[rel.Owner].Name;
                    if (!schemaNames.Contains(Inventory.Relations[rel.Owner].Schema)) Fold(owner, "sequence " + rel.Name);
                    continue;
                }
                candidates.Add((rel.Kind == RelationKind.Sequence ? RemovedKind.Sequence : RemovedKind.Table, rel.Name, rel.Schema));
            }
            foreach (var (table, name) in columns)
                candidates.Add((RemovedKind.Column, new Rules.QualifiedName(table.Schema, table.RelName).Member(name), table.Schema));
            foreach (var (name, _) in types)
                candidates.Add((RemovedKind.Type, name, name[..name.IndexOf('.', StringComparison.Ordinal)].Trim('"')));

            foreach (var c in candidates)
            {
                if (schemaNames.Contains(c.Schema)) Fold(Rules.QualifiedName.Display(c.Schema), $"{Name(c.Kind)} {c.Identity}");
                else removed.Add(new RemovedObject(c.Kind, c.Identity, []));
            }
            var result = schemas.Select(id => Rules.QualifiedName.Display(Inventory.Schemas[id]))
                .Select(s => new RemovedObject(RemovedKind.Schema, s, []))
                .Concat(removed)
                .Select(o => folded.TryGetValue(o.Identity, out var f) ? o with { Folded = f } : o)
                .ToList();
            return result;
        }

        private static string Name(RemovedKind kind) => kind.ToString().ToLowerInvariant();
    }
}
