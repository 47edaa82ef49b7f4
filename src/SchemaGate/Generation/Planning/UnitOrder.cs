namespace SchemaGate.Generation.Planning;

/// <summary>
/// Orders units so that what a unit requires is created (or changed) before it, everything that still uses an object
/// lets go of it before the object is dropped, and a name is freed before it is taken again; among units free to run
/// the lower rank goes first. A cycle (possible, since references are read from text) is broken by running the
/// lowest-ranked unit left. Then phases: an online unit runs after the whole main script, so whatever must follow an
/// online unit is either pulled online too, or, when the online unit has a plain form, the unit goes back to the
/// main script in that form.
/// </summary>
public static class UnitOrder
{
    public static IReadOnlyList<PlanUnit> Sort(IReadOnlyList<PlanUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var edges = Edges(units);
        var sorted = Kahn(units, edges);
        AssignPhases(sorted, edges);
        return sorted;
    }

    private static Dictionary<PlanUnit, HashSet<PlanUnit>> Edges(IReadOnlyList<PlanUnit> units)
    {
        var after = units.ToDictionary(u => u, _ => new HashSet<PlanUnit>());
        void Edge(PlanUnit from, PlanUnit to)
        {
            if (!ReferenceEquals(from, to)) after[from].Add(to);
        }

        var producers = new Dictionary<ObjectKey, List<PlanUnit>>();
        var removers = new Dictionary<ObjectKey, List<PlanUnit>>();
        var freed = new Dictionary<string, List<PlanUnit>>(StringComparer.Ordinal);
        foreach (var u in units)
        {
            if (u.Action != UnitAction.Drop)
                foreach (var k in u.Provides) Add(producers, k, u);
            foreach (var k in u.Removes) Add(removers, k, u);
            foreach (var n in u.FreesNames) Add(freed, n, u);
        }
        foreach (var u in units)
        {
            foreach (var k in u.Requires)
                if (producers.TryGetValue(k, out var ps))
                    foreach (var p in ps) Edge(p, u);
            foreach (var k in u.Releases)
                if (removers.TryGetValue(k, out var rs))
                    foreach (var r in rs) Edge(u, r);
            foreach (var n in u.TakesNames)
                if (freed.TryGetValue(n, out var ds))
                    foreach (var d in ds) Edge(d, u);
        }
        foreach (var u in units.Where(u => u.AfterAllChanges))
            foreach (var other in units.Where(o => !o.AfterAllChanges)) Edge(other, u);
        foreach (var u in units.Where(u => u.BeforeAllChanges))
            foreach (var other in units.Where(o => !o.BeforeAllChanges && o.Action != UnitAction.Drop &&
                                                   o.Subject.Kind != SchemaGate.Catalog.ObjectKind.Schema))
                Edge(u, other);
        return after;
    }

    private static void Add<TKey>(Dictionary<TKey, List<PlanUnit>> map, TKey key, PlanUnit u) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(u);
    }

    private static List<PlanUnit> Kahn(IReadOnlyList<PlanUnit> units, Dictionary<PlanUnit, HashSet<PlanUnit>> after)
    {
        var index = new Dictionary<PlanUnit, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < units.Count; i++) index[units[i]] = i;
        var incoming = units.ToDictionary(u => u, _ => 0);
        foreach (var (_, targets) in after)
            foreach (var t in targets) incoming[t]++;

        var comparer = Comparer<PlanUnit>.Create((a, b) =>
        {
            var c = a.Rank.CompareTo(b.Rank);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.Subject.Identity, b.Subject.Identity);
            return c != 0 ? c : index[a].CompareTo(index[b]);
        });
        var ready = new SortedSet<PlanUnit>(comparer);
        var waiting = new SortedSet<PlanUnit>(comparer);
        foreach (var u in units)
            (incoming[u] == 0 ? ready : waiting).Add(u);

        var result = new List<PlanUnit>(units.Count);
        while (ready.Count > 0 || waiting.Count > 0)
        {
            PlanUnit next;
            if (ready.Count > 0)
            {
                next = ready.Min!;
                ready.Remove(next);
            }
            else
            {
                // A cycle: run the lowest-ranked unit still waiting.
                next = waiting.Min!;
                waiting.Remove(next);
            }
            result.Add(next);
            foreach (var t in after[next])
            {
                if (--incoming[t] != 0 || !waiting.Remove(t)) continue;
                ready.Add(t);
            }
        }
        return result;
    }

    private static void AssignPhases(List<PlanUnit> sorted, Dictionary<PlanUnit, HashSet<PlanUnit>> after)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var u in sorted)
            {
                if (u.Phase != ScriptPhase.Online) continue;
                foreach (var next in after[u])
                {
                    if (next.Phase == ScriptPhase.Online) continue;
                    if (u.MainForm is { } plain)
                    {
                        u.Phase = ScriptPhase.Main;
                        u.Statements.Clear();
                        u.Statements.AddRange(plain);
                        u.MainForm = null;
                    }
                    else next.Phase = ScriptPhase.Online;
                    changed = true;
                    break;
                }
            }
        }
        // A main unit placed after an online one in the order still runs before it (the main script runs first);
        // the edges allow that only when no edge joins them, so the order within each phase stays topological.
    }
}
