using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Emitters;

namespace SchemaGate.Generation.Planning;

/// <summary>
/// Builds the units of one migration from two snapshots: every change of the diff (children of new and dropped
/// tables included) becomes a create, drop or alter unit written by its kind's emitter; what cannot be altered in
/// place is dropped and created again, and so is everything that depends on it (<see cref="Closure"/>); tables keep
/// their column order (<see cref="PlanTables"/>); types that cannot be altered are replaced
/// (<see cref="TypeReplacement"/>). <see cref="UnitOrder"/> then orders the units.
/// </summary>
internal sealed partial class PlanBuilder
{
    private static readonly KindEmitter[] AllEmitters =
    [
        new SchemaEmitter(), new ExtensionEmitter(), new CollationEmitter(), new EnumEmitter(), new DomainEmitter(),
        new CompositeTypeEmitter(), new RangeTypeEmitter(), new SequenceEmitter(), new ForeignDataWrapperEmitter(),
        new ForeignServerEmitter(), new UserMappingEmitter(), new TableEmitter(), new ForeignTableEmitter(), new ColumnEmitter(),
        new ConstraintEmitter(), new IndexEmitter(), new ViewEmitter(), new FunctionEmitter(), new AggregateEmitter(),
        new OperatorEmitter(), new CastEmitter(), new TriggerEmitter(), new EventTriggerEmitter(), new RuleEmitter(),
        new PolicyEmitter(), new StatisticsEmitter(), new PublicationEmitter(), new DefaultPrivilegeEmitter(),
    ];

    private static readonly Dictionary<ObjectKind, KindEmitter> ByKind =
        AllEmitters.SelectMany(e => e.Kinds.Select(k => (k, e))).ToDictionary(p => p.k, p => p.e);

    /// <summary>Kinds that are simply dropped and created again when something they depend on is.</summary>
    private static readonly HashSet<ObjectKind> Recreatable =
    [
        ObjectKind.View, ObjectKind.MaterializedView, ObjectKind.Trigger, ObjectKind.Rule, ObjectKind.Policy, ObjectKind.Constraint,
        ObjectKind.Index, ObjectKind.ExtendedStatistic, ObjectKind.Function, ObjectKind.Procedure, ObjectKind.Aggregate,
        ObjectKind.Operator, ObjectKind.Cast, ObjectKind.Publication, ObjectKind.EventTrigger,
    ];

    private static readonly HashSet<ObjectKind> Relations =
        [ObjectKind.Table, ObjectKind.View, ObjectKind.MaterializedView, ObjectKind.ForeignTable];

    private readonly ReferenceIndex _source;
    private readonly ReferenceIndex _target;
    private readonly EmitContext _ctx;
    private readonly List<PlanUnit> _units = [];
    private readonly Dictionary<ObjectKey, SchemaChange> _changes = [];
    private readonly HashSet<ObjectKey> _recreate = [];
    private readonly HashSet<ObjectKey> _replacedTypes = [];
    private readonly HashSet<ObjectKey> _newRelations = [];
    private readonly HashSet<ObjectKey> _goneRelations = [];
    private readonly HashSet<ObjectKey> _impliedGone = [];
    private readonly HashSet<ObjectKey> _created = [];
    private readonly Dictionary<ObjectKey, PlanUnit> _alters = [];
    private readonly List<(ObjectKey Key, ClosureReason Reason)> _closureSeeds = [];
    private readonly HashSet<ObjectKey> _defaultResets = [];
    private readonly HashSet<string> _partitions = new(StringComparer.Ordinal);

    public PlanBuilder(SchemaSnapshot source, SchemaSnapshot target, bool online)
    {
        _source = new ReferenceIndex(source);
        _target = new ReferenceIndex(target);
        _ctx = new EmitContext(_source, _target, online, (action, subject, rankAs) => NewUnit(action, subject, rankAs, ancillary: true));
    }

    public IReadOnlyList<SchemaChange> Changes { get; private set; } = [];
    public ReferenceIndex Source => _source;
    public ReferenceIndex Target => _target;

    public IReadOnlyList<PlanUnit> Build()
    {
        Changes = SchemaDiff.Compare(_source.Snapshot, _target.Snapshot, new DiffOptions { ListImplied = true });
        foreach (var c in Changes) _changes[new ObjectKey(c.ObjectKind, c.Identity)] = c;
        foreach (var t in _source.Snapshot.OfKind(ObjectKind.Table).Concat(_target.Snapshot.OfKind(ObjectKind.Table)))
            if (t["partitionOf"] is not null) _partitions.Add(t.Identity);

        DecideRelations();
        foreach (var o in _source.Snapshot.Objects)
            if (Relations.Contains(o.Kind) && _target.Snapshot.Find(o.Kind, o.Identity) is not null && !_goneRelations.Contains(ObjectKey.Of(o)))
                _ctx.ExistingRelations.Add(o.Identity);

        AlterInPlace();
        PlanTables();
        Closure();
        foreach (var key in _recreate)
        {
            if (_alters.Remove(key, out var stale)) _units.Remove(stale);
            if (IsRelation(key)) _ctx.ExistingRelations.Remove(key.Identity);
        }
        EmitDrops();
        EmitCreates();
        EmitReplacements();
        EmitDefaultResets();
        Finish();
        return UnitOrder.Sort(_units);
    }

    /// <summary>Tables made again (a new partition key) and relations that are new or gone.</summary>
    private void DecideRelations()
    {
        foreach (var c in Changes)
        {
            var key = new ObjectKey(c.ObjectKind, c.Identity);
            if (!IsRelation(key) && c.ObjectKind != ObjectKind.RangeType) continue;
            if (c.Kind == ChangeKind.Added) _newRelations.Add(key);
            else if (c.Kind == ChangeKind.Removed) _goneRelations.Add(key);
            else if (c.ObjectKind == ObjectKind.Table && c.Attribute("partitionKey") is not null ||
                     c.ObjectKind == ObjectKind.ForeignTable && c.Attribute("server") is not null)
            {
                _recreate.Add(key);
                _closureSeeds.Add((key, ClosureReason.Recreated));
            }
        }
        // A table made again takes its partitions with it.
        var again = true;
        while (again)
        {
            again = false;
            foreach (var t in _source.Snapshot.OfKind(ObjectKind.Table))
            {
                if (t.Parent is null || _recreate.Contains(ObjectKey.Of(t))) continue;
                if (_recreate.Contains(new ObjectKey(ObjectKind.Table, t.Parent)) && _target.Snapshot.Find(ObjectKind.Table, t.Identity) is not null)
                {
                    _recreate.Add(ObjectKey.Of(t));
                    again = true;
                }
            }
        }
    }

    /// <summary>Every change to an object that stays, except columns (<see cref="PlanTables"/>): in place when its emitter can.</summary>
    private void AlterInPlace()
    {
        foreach (var c in Changes)
        {
            if (c.Kind != ChangeKind.Altered || c.ObjectKind == ObjectKind.Column) continue;
            var key = new ObjectKey(c.ObjectKind, c.Identity);
            if (_recreate.Contains(key) || Gone(c.Before!)) continue;
            var own = c.Attributes.Where(a => !CommentsAndGrants.IsShared(a.Name)).ToList();
            var unit = NewUnit(UnitAction.Alter, key, c.ObjectKind);
            if (!ByKind[c.ObjectKind].Alter(c.Before!, c.After!, own, unit, _ctx))
            {
                _units.Remove(unit);
                if (Acl.IsType(c.ObjectKind) || c.ObjectKind == ObjectKind.RangeType)
                {
                    _replacedTypes.Add(key);
                    _closureSeeds.Add((key, ClosureReason.Recreated));
                }
                else
                {
                    _recreate.Add(key);
                    _closureSeeds.Add((key, ClosureReason.Recreated));
                }
                continue;
            }
            CommentsAndGrants.AfterAlter(c.Before!, c.After!, unit);
            Describe(unit, c.Before!, c.After!);
            _alters[key] = unit;
        }
    }

    /// <summary>Drops: objects gone from the target (unless their table, view or type takes them along) and objects made again.</summary>
    private void EmitDrops()
    {
        foreach (var c in Changes.Where(c => c.Kind == ChangeKind.Removed))
        {
            if (c.ObjectKind == ObjectKind.Column || Gone(c.Before!)) continue;
            Drop(c.Before!);
        }
        foreach (var key in _recreate.OrderBy(k => k.Kind).ThenBy(k => k.Identity, StringComparer.Ordinal))
        {
            var before = _source.Snapshot.Find(key.Kind, key.Identity)!;
            if (Gone(before)) continue;
            Drop(before);
        }
    }

    private void Drop(SchemaObject before)
    {
        var key = ObjectKey.Of(before);
        var unit = NewUnit(UnitAction.Drop, key, before.Kind);
        ByKind[before.Kind].Drop(before, unit, _ctx);
        unit.Removes.Add(key);
        foreach (var child in Descendants(_source, before)) unit.Removes.Add(ObjectKey.Of(child));
        unit.Releases.UnionWith(_source.RefsOf(before));
        unit.FreesNames.UnionWith(NameKeys(before));
        if (before.Kind == ObjectKind.Extension) unit.Notes.Add("dropped after every other change: what uses the extension is not in the snapshot");
        Demotable(unit);
    }

    /// <summary>Creates: new objects (columns of new tables are written with them) and objects made again.</summary>
    private void EmitCreates()
    {
        var toCreate = new List<SchemaObject>();
        foreach (var c in Changes.Where(c => c.Kind == ChangeKind.Added)) toCreate.Add(c.After!);
        foreach (var key in _recreate) toCreate.Add(_target.Snapshot.Find(key.Kind, key.Identity)!);
        // Everything on a relation made again is new too.
        foreach (var key in _recreate.Where(IsRelation).ToList())
            foreach (var child in Descendants(_target, _target.Snapshot.Find(key.Kind, key.Identity)!))
                if (child.Kind != ObjectKind.Column) toCreate.Add(child);
        foreach (var after in toCreate.DistinctBy(ObjectKey.Of).OrderBy(o => o.Kind).ThenBy(o => o.Identity, StringComparer.Ordinal))
        {
            var key = ObjectKey.Of(after);
            if (!_created.Add(key)) continue;
            if (after.Kind == ObjectKind.Column) continue; // with its table, or in the table's column layout
            if (_replacedTypes.Contains(key)) continue;
            var unit = NewUnit(UnitAction.Create, key, after.Kind);
            ByKind[after.Kind].Create(after, unit, _ctx);
            CommentsAndGrants.AfterCreate(after, unit, _ctx);
            unit.Provides.Add(key);
            unit.Requires.UnionWith(_target.RefsOf(after));
            if (after.Kind is ObjectKind.Table or ObjectKind.ForeignTable)
                foreach (var column in _target.Columns(after.Identity))
                {
                    unit.Provides.Add(ObjectKey.Of(column));
                    unit.Requires.UnionWith(_target.RefsOf(column));
                }
            if (after.Kind == ObjectKind.RangeType && after["multirange"] is { } m) unit.Provides.Add(new ObjectKey(ObjectKind.MultirangeType, m));
            unit.TakesNames.UnionWith(NameKeys(after));
            Demotable(unit);
        }
    }

    private void EmitReplacements()
    {
        foreach (var key in _replacedTypes.OrderBy(k => k.Identity, StringComparer.Ordinal))
        {
            var before = _source.Snapshot.Find(key.Kind, key.Identity)!;
            var after = _target.Snapshot.Find(key.Kind, key.Identity)!;
            var unit = NewUnit(UnitAction.Alter, key, key.Kind);
            var columns = ColumnsOfType(before);
            TypeReplacement.Emit(before, after, unit, _ctx, ByKind[key.Kind], columns);
            CommentsAndGrants.AfterCreate(after, unit, _ctx);
            unit.Provides.Add(key);
            unit.Removes.Add(key);
            unit.Requires.UnionWith(_target.RefsOf(after));
            unit.Releases.UnionWith(_source.RefsOf(before));
            foreach (var (_, column) in columns) unit.Requires.UnionWith(_target.RefsOf(column).Where(r => r != key));
            unit.Notes.Add($"{ObjectKinds.Noun(key.Kind)} {key.Identity} cannot change in place: replaced, its columns converted through text");
        }
    }

    /// <summary>Columns (of tables that stay) whose type is <paramref name="type"/> or an array of it in both snapshots.</summary>
    private List<(SchemaObject Before, SchemaObject After)> ColumnsOfType(SchemaObject type)
    {
        var result = new List<(SchemaObject, SchemaObject)>();
        var key = ObjectKey.Of(type);
        foreach (var referrer in _source.ReferrersOf(key))
        {
            if (referrer.Kind != ObjectKind.Column) continue;
            var before = _source.Snapshot.Find(ObjectKind.Column, referrer.Identity)!;
            if (Gone(before) || _target.Snapshot.Find(ObjectKind.Column, referrer.Identity) is not { } after) continue;
            if (!NamesType(before["type"], type) || !NamesType(after["type"], type)) continue;
            result.Add((before, after));
        }
        return result;
    }

    private static bool NamesType(string? typeText, SchemaObject type)
    {
        if (typeText is null) return false;
        var bare = typeText.TrimEnd('[', ']');
        var name = ObjectSql.Name(type);
        return bare == name || bare == SqlNames.Ident(name) || bare == type.Schema + "." + name || bare == ObjectSql.Ref(type);
    }

    /// <summary>Column defaults that name a function or sequence made again or dropped: set aside before, restored after.</summary>
    private void EmitDefaultResets()
    {
        foreach (var key in _defaultResets)
        {
            var before = _source.Snapshot.Find(ObjectKind.Column, key.Identity)!;
            var after = _target.Snapshot.Find(ObjectKind.Column, key.Identity);
            if (after is null || Gone(before)) continue;
            var alter = $"{_ctx.AlterRelation(before)}{ObjectSql.ParentRef(before)} ALTER COLUMN {SqlNames.Ident(ObjectSql.Name(before))}";
            var off = NewUnit(UnitAction.Alter, key, ObjectKind.Column);
            off.Add(alter + " DROP DEFAULT");
            off.Releases.UnionWith(_source.RefsOf(before));
            if (after["default"] is not { } def || after["identityKind"] is not null || after["generated"] is not null) continue;
            var on = NewUnit(UnitAction.Alter, key, ObjectKind.Trigger);
            on.Add($"{alter} SET DEFAULT {def}");
            on.Requires.UnionWith(_target.RefsOf(after));
            on.Requires.Add(key);
        }
    }

    /// <summary>Every unit gets the plain form of its online statements, to fall back on.</summary>
    private static void Demotable(PlanUnit unit)
    {
        if (unit.Phase != ScriptPhase.Online) return;
        unit.MainForm = unit.Statements.Select(s => s
            .Replace("INDEX CONCURRENTLY IF EXISTS ", "INDEX ", StringComparison.Ordinal)
            .Replace("INDEX CONCURRENTLY ", "INDEX ", StringComparison.Ordinal)).ToList();
    }

    private void Finish()
    {
        foreach (var u in _units)
        {
            if (u.Phase == ScriptPhase.Online && u.MainForm is null) Demotable(u);
            if (u.Action != UnitAction.Drop && !u.Ancillary) u.Provides.Add(u.Subject);
        }
    }

    private void Describe(PlanUnit unit, SchemaObject before, SchemaObject after)
    {
        unit.Provides.Add(ObjectKey.Of(after));
        unit.Requires.UnionWith(_target.RefsOf(after));
        unit.Releases.UnionWith(_source.RefsOf(before));
    }

    private PlanUnit NewUnit(UnitAction action, ObjectKey subject, ObjectKind rankAs, bool ancillary = false)
    {
        var unit = new PlanUnit(action, subject, UnitRanks.Of(action, rankAs))
        {
            Ancillary = ancillary,
            AfterAllChanges = action == UnitAction.Drop && subject.Kind == ObjectKind.Extension,
            BeforeAllChanges = action == UnitAction.Create && subject.Kind == ObjectKind.Extension,
        };
        _units.Add(unit);
        return unit;
    }

    /// <summary>True when the object disappears with something else: its table, view or range type, or the column owning it.</summary>
    private bool Gone(SchemaObject o)
    {
        if (_impliedGone.Contains(ObjectKey.Of(o))) return true;
        // A foreign key to another table is dropped on its own: two tables referring to each other cannot go otherwise.
        if (o.Kind == ObjectKind.Constraint && o["type"] == "foreign key" && _source.ReferencedTables(o).Any(t => t != o.Parent)) return false;
        if (o.Parent is not null)
        {
            foreach (var kind in (ObjectKind[])[ObjectKind.Table, ObjectKind.View, ObjectKind.MaterializedView, ObjectKind.ForeignTable, ObjectKind.RangeType])
            {
                var parent = new ObjectKey(kind, o.Parent);
                if (_goneRelations.Contains(parent) || _recreate.Contains(parent) && kind is ObjectKind.Table or ObjectKind.ForeignTable or ObjectKind.View or ObjectKind.MaterializedView)
                    return true;
                if (_replacedTypes.Contains(parent) && o.Kind == ObjectKind.MultirangeType) return true;
                if (_source.Snapshot.Find(kind, o.Parent) is { } p && p.Parent is not null && Gone(p)) return true;
            }
        }
        return false;
    }

    private static bool IsRelation(ObjectKey key) => Relations.Contains(key.Kind);

    /// <summary>Children, their children, and so on (a partitioned table's partitions and theirs).</summary>
    private static IEnumerable<SchemaObject> Descendants(ReferenceIndex index, SchemaObject o)
    {
        foreach (var child in index.Children(o.Identity))
        {
            if (child.Kind == ObjectKind.Column && o.Kind is not (ObjectKind.Table or ObjectKind.ForeignTable)) continue;
            yield return child;
            if (child.Kind == ObjectKind.Table)
                foreach (var grandchild in Descendants(index, child)) yield return grandchild;
        }
    }

    /// <summary>The names an object occupies: a relation's or type's name in its schema, a function's name, else its identity.</summary>
    private static IEnumerable<string> NameKeys(SchemaObject o)
    {
        switch (o.Kind)
        {
            case ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView or ObjectKind.ForeignTable or ObjectKind.Sequence
                or ObjectKind.Index or ObjectKind.Enum or ObjectKind.Domain or ObjectKind.CompositeType or ObjectKind.RangeType
                or ObjectKind.MultirangeType:
                yield return "rel:" + o.Schema + "." + ObjectSql.Name(o);
                break;
            case ObjectKind.Constraint when o["type"] is "primary key" or "unique" or "exclusion":
                yield return "rel:" + o.Schema + "." + ObjectSql.Name(o);
                yield return "con:" + o.Identity;
                break;
            case ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Aggregate:
                yield return "fn:" + o.Schema + "." + ObjectSql.Name(o);
                break;
            default:
                yield return o.Kind + ":" + o.Identity;
                break;
        }
    }
}
