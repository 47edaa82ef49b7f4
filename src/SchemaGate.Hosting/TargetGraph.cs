using System.Reflection;
using SchemaGate.Failures;

namespace SchemaGate.Hosting;

/// <summary>
/// The targets of a build (its instance properties of type <see cref="Target"/>) and their ordering.
/// Targets are told apart by the lambda's method, since an expression-bodied property returns a new delegate each call.
/// </summary>
internal sealed class TargetGraph
{
    private readonly Dictionary<MethodInfo, TargetNode> _byMethod;

    private TargetGraph(IReadOnlyList<TargetNode> targets, Dictionary<MethodInfo, TargetNode> byMethod)
    {
        Targets = targets;
        _byMethod = byMethod;
    }

    public IReadOnlyList<TargetNode> Targets { get; }

    public static TargetGraph Load(object build)
    {
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var hierarchy = new List<Type>();
        for (var type = build.GetType(); type is not null && type != typeof(BuildHost); type = type.BaseType) hierarchy.Insert(0, type);

        var entries = new List<(string Name, Target Delegate)>();
        foreach (var type in hierarchy)
        {
            foreach (var property in type.GetProperties(flags).OrderBy(p => p.MetadataToken))
            {
                if (property.PropertyType != typeof(Target) || property.GetIndexParameters().Length > 0) continue;
                if (entries.Any(e => e.Name == property.Name)) continue; // overridden in a derived type
                var target = (Target?)property.GetValue(build)
                    ?? throw new UsageException($"Target property '{property.Name}' returned null.");
                entries.Add((property.Name, target));
            }
        }

        var nodes = new List<TargetNode>();
        var byMethod = new Dictionary<MethodInfo, TargetNode>();
        foreach (var (name, target) in entries)
        {
            var definition = new TargetDefinition();
            if (!ReferenceEquals(target(definition), definition))
                throw new UsageException($"Target '{name}' must return the definition it was given (write `_ => _.…`).");
            var node = new TargetNode(name, nodes.Count, definition);
            if (!byMethod.TryAdd(target.Method, node))
                throw new UsageException($"Targets '{byMethod[target.Method].Name}' and '{name}' are the same lambda.");
            nodes.Add(node);
        }

        var graph = new TargetGraph(nodes, byMethod);
        graph.Link();
        graph.CheckForCycles();
        return graph;
    }

    public TargetNode? Find(string name)
    {
        var normalized = ParameterNames.Normalize(name);
        return Targets.FirstOrDefault(t => ParameterNames.Normalize(t.Name) == normalized);
    }

    public TargetNode Resolve(Target target, string usedBy) =>
        _byMethod.TryGetValue(target.Method, out var node)
            ? node
            : throw new UsageException($"Target '{usedBy}' refers to a delegate that is not a target property of the build.");

    /// <summary>The targets to run, in order: the requested ones, their dependencies and what they trigger.</summary>
    public IReadOnlyList<PlannedTarget> Plan(IReadOnlyList<TargetNode> requested, IReadOnlyList<string>? skip)
    {
        var reasons = new Dictionary<TargetNode, (PlanReason Reason, string? Cause)>();
        var discovery = new List<TargetNode>();
        var queue = new Queue<TargetNode>();
        foreach (var r in requested)
        {
            if (reasons.TryAdd(r, (PlanReason.Requested, null))) { discovery.Add(r); queue.Enqueue(r); }
        }
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var d in node.DependsOn)
                if (reasons.TryAdd(d, (PlanReason.Dependency, node.Name))) { discovery.Add(d); queue.Enqueue(d); }
            foreach (var t in node.Triggers)
                if (reasons.TryAdd(t, (PlanReason.Triggered, node.Name))) { discovery.Add(t); queue.Enqueue(t); }
        }

        var skipped = new HashSet<TargetNode>();
        if (skip is not null)
        {
            if (skip.Count == 0)
                skipped.UnionWith(discovery.Where(n => reasons[n].Reason != PlanReason.Requested));
            else
                foreach (var name in skip)
                    skipped.Add(Find(name) ?? throw UnknownTarget(name));
        }

        var order = new List<TargetNode>();
        var done = new HashSet<TargetNode>();
        foreach (var node in discovery) Visit(node);

        return order.Select(n => new PlannedTarget(n, reasons[n].Reason, reasons[n].Cause, skipped.Contains(n))).ToList();

        void Visit(TargetNode node)
        {
            if (!done.Add(node)) return;
            foreach (var before in Predecessors(node).Where(reasons.ContainsKey)) Visit(before);
            order.Add(node);
        }
    }

    public UsageException UnknownTarget(string name) =>
        new($"Unknown target '{name}'. Valid targets: {string.Join(", ", Targets.Select(t => t.Name))}.");

    /// <summary>Every target that must finish before this one when both are in the run.</summary>
    private IEnumerable<TargetNode> Predecessors(TargetNode node) =>
        node.DependsOn
            .Concat(node.After)
            .Concat(Targets.Where(t => t.Triggers.Contains(node)));

    private void Link()
    {
        foreach (var node in Targets)
        {
            var d = node.Definition;
            node.DependsOn.AddRange(d.DependsOnTargets.Select(t => Resolve(t, node.Name)));
            node.After.AddRange(d.AfterTargets.Select(t => Resolve(t, node.Name)));
            node.Triggers.AddRange(d.TriggersTargets.Select(t => Resolve(t, node.Name)));
        }
        foreach (var node in Targets)
        {
            foreach (var later in node.Definition.BeforeTargets.Select(t => Resolve(t, node.Name)))
                if (!later.After.Contains(node)) later.After.Add(node);
            foreach (var trigger in node.Definition.TriggeredByTargets.Select(t => Resolve(t, node.Name)))
                if (!trigger.Triggers.Contains(node)) trigger.Triggers.Add(node);
        }
    }

    /// <summary>Any cycle through DependsOn, After/Before or Triggers is a definition error, whatever is requested.</summary>
    private void CheckForCycles()
    {
        var state = new Dictionary<TargetNode, int>(); // 1 = on the path, 2 = finished
        var path = new List<TargetNode>();
        foreach (var node in Targets) Visit(node);

        void Visit(TargetNode node)
        {
            if (state.TryGetValue(node, out var s))
            {
                if (s == 1)
                {
                    var cycle = path.Skip(path.IndexOf(node)).Append(node).Reverse().Select(n => n.Name);
                    throw new UsageException("The targets form a cycle: " + string.Join(" -> ", cycle) + " (each must run before the next).");
                }
                return;
            }
            state[node] = 1;
            path.Add(node);
            foreach (var before in Predecessors(node)) Visit(before);
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }
    }
}
