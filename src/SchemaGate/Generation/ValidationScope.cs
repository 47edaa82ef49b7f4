using SchemaGate.Catalog;

namespace SchemaGate.Generation;

/// <summary>
/// The part of a large schema a validation copy must hold for a migration to run on it as it would on the whole:
/// every object the migration creates, drops, changes, needs or lets go of; the whole of every table it touches
/// (columns, constraints, indexes, triggers, policies, rules, statistics, owned sequences); what uses those objects
/// (so a drop the migration forgets to make first fails on the copy as it would in production); and, transitively,
/// whatever all of that needs to exist: a table needed only that way comes with just the columns and keys something
/// in scope names (a foreign key names the key it references and the columns on both sides), so a chain of
/// references does not pull in the whole schema. Schemas, extensions and default
/// privileges always come along. The copy is rebuilt with exactly these objects, and compared before and after the
/// migration on exactly these identities. What it cannot see: a dependency PostgreSQL records that no object's text
/// names (references are read from definitions, not from pg_depend).
/// </summary>
public sealed class ValidationScope
{
    private static readonly HashSet<ObjectKind> Relations = [ObjectKind.Table, ObjectKind.ForeignTable, ObjectKind.View, ObjectKind.MaterializedView, ObjectKind.RangeType];

    private readonly HashSet<ObjectKey> _keys = [];
    private readonly HashSet<string> _stubs = new(StringComparer.Ordinal);

    public ValidationScope(MigrationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var source = plan.Source;
        var target = plan.Target;
        var touched = new HashSet<ObjectKey>();
        foreach (var unit in plan.Units)
        {
            touched.Add(unit.Subject);
            touched.UnionWith(unit.Provides);
            touched.UnionWith(unit.Removes);
            touched.UnionWith(unit.Releases);
            touched.UnionWith(unit.Requires);
        }
        foreach (var change in plan.Changes) touched.Add(new ObjectKey(change.ObjectKind, change.Identity));

        // Touched objects, whole: a child brings its relation, a relation all its children; then what uses them.
        var whole = new HashSet<ObjectKey>();
        foreach (var key in touched.ToList())
        {
            whole.Add(key);
            foreach (var index in new[] { source, target })
                if (index.Snapshot.Find(key.Kind, key.Identity) is { Parent: { } parent } o && Relation(index, parent) is { } rel)
                    whole.Add(ObjectKey.Of(rel));
        }
        foreach (var key in whole.Where(k => Relations.Contains(k.Kind)).ToList())
            foreach (var index in new[] { source, target })
                foreach (var child in index.Children(key.Identity)) whole.Add(ObjectKey.Of(child));
        // (A schema's users are everything in it: a schema the script touches brings nothing along this way.)
        foreach (var key in whole.Where(k => k.Kind is not (ObjectKind.Schema or ObjectKind.Extension)).ToList())
            foreach (var referrer in source.ReferrersOf(key)) whole.Add(referrer);
        _keys.UnionWith(whole);

        // What all of that needs, transitively; a relation needed only that way comes with its columns and keys.
        var queue = new Queue<ObjectKey>(_keys);
        while (queue.Count > 0)
        {
            var key = queue.Dequeue();
            foreach (var index in new[] { source, target })
            {
                if (index.Snapshot.Find(key.Kind, key.Identity) is not { } o) continue;
                foreach (var n in index.RefsOf(o))
                    if (_keys.Add(n)) queue.Enqueue(n);
            }
        }
        foreach (var o in source.Snapshot.Objects.Concat(target.Snapshot.Objects))
            if (o.Kind is ObjectKind.Schema or ObjectKind.Extension or ObjectKind.DefaultPrivilege) _keys.Add(ObjectKey.Of(o));
        foreach (var key in _keys)
            if (Relations.Contains(key.Kind) && !whole.Contains(key)) _stubs.Add(key.Identity);
    }

    public int Count => _keys.Count;

    public bool Contains(SchemaObject o) => _keys.Contains(ObjectKey.Of(o));

    /// <summary>
    /// The snapshot with only the objects in scope. A table held only in part has its columns without their
    /// position (the copy numbers the columns it holds, not the ones it leaves out).
    /// </summary>
    public SchemaSnapshot Restrict(SchemaSnapshot snapshot) =>
        new(snapshot.ServerVersion, snapshot.ServerMajor, snapshot.Objects.Where(Contains).Select(o =>
            o.Kind == ObjectKind.Column && o.Parent is { } p && _stubs.Contains(p)
                ? o with { Attributes = AttributeMap.From(o.Attributes.Where(a => a.Key != "position")) }
                : o));

    private static SchemaObject? Relation(ReferenceIndex index, string identity) =>
        index.Snapshot.Find(ObjectKind.Table, identity) ?? index.Snapshot.Find(ObjectKind.ForeignTable, identity)
        ?? index.Snapshot.Find(ObjectKind.View, identity) ?? index.Snapshot.Find(ObjectKind.MaterializedView, identity)
        ?? index.Snapshot.Find(ObjectKind.RangeType, identity);
}
