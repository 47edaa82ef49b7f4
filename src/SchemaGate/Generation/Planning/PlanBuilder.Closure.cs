using SchemaGate.Catalog;
using SchemaGate.Diff;

namespace SchemaGate.Generation.Planning;

/// <summary>Why the objects that depend on something must be dropped and made again.</summary>
internal enum ClosureReason
{
    /// <summary>It is dropped (gone from the target, or moved to the end of its table).</summary>
    Removed,

    /// <summary>It is dropped and created again (or, for a type, replaced).</summary>
    Recreated,

    /// <summary>A column gets a new type: views, rules, policies and triggers on it must go first; indexes and constraints PostgreSQL rebuilds itself.</summary>
    TypeChange,
}

internal sealed partial class PlanBuilder
{
    /// <summary>
    /// Whatever depends on an object that is dropped, made again or (for a column) given a new type is dropped and
    /// made again too, transitively, as far as the target still has it: views, materialized views, triggers, rules,
    /// policies, constraints, indexes, statistics, functions whose signature or SQL-standard body names it,
    /// aggregates, operators, casts, publications, event triggers. A column default naming a function or sequence
    /// that is made again is set aside and restored.
    /// </summary>
    private void Closure()
    {
        var queue = new Queue<(ObjectKey Key, ClosureReason Reason)>(_closureSeeds);
        foreach (var c in Changes.Where(c => c.Kind == ChangeKind.Removed))
            queue.Enqueue((new ObjectKey(c.ObjectKind, c.Identity), ClosureReason.Removed));
        var seen = new HashSet<(ObjectKey, ClosureReason)>();
        while (queue.Count > 0)
        {
            var (key, reason) = queue.Dequeue();
            if (!seen.Add((key, reason))) continue;
            foreach (var referrer in _source.ReferrersOf(key))
            {
                if (referrer == key) continue;
                var before = _source.Snapshot.Find(referrer.Kind, referrer.Identity)!;
                if (Gone(before) || _target.Snapshot.Find(referrer.Kind, referrer.Identity) is null) continue;
                if (_recreate.Contains(referrer) || _replacedTypes.Contains(referrer)) continue;
                if (referrer.Kind == ObjectKind.Column)
                {
                    // A default that changes anyway lets go of the old object in its own unit.
                    if (reason != ClosureReason.TypeChange && key.Kind is ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Sequence
                        or ObjectKind.Aggregate && before["default"] is { } def &&
                        _target.Snapshot.Find(ObjectKind.Column, referrer.Identity)?["default"] == def)
                        _defaultResets.Add(referrer);
                    continue;
                }
                if (!Recreatable.Contains(referrer.Kind)) continue;
                if (reason == ClosureReason.TypeChange && referrer.Kind is ObjectKind.Constraint or ObjectKind.Index or ObjectKind.ExtendedStatistic)
                    continue;
                // A relation's own children go with it; only what stands apart is made again.
                if (key.Kind == ObjectKind.Table && reason == ClosureReason.Recreated && before.Parent == key.Identity) continue;
                _recreate.Add(referrer);
                queue.Enqueue((referrer, ClosureReason.Recreated));
            }
        }
    }
}
