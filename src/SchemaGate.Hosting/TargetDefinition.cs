using System.Linq.Expressions;

namespace SchemaGate.Hosting;

/// <summary>What one target lambda declared; the references to other targets are resolved by <see cref="TargetGraph"/>.</summary>
internal sealed class TargetDefinition : ITargetDefinition
{
    public string? DescriptionText { get; private set; }
    public List<Target> DependsOnTargets { get; } = [];
    public List<Target> AfterTargets { get; } = [];
    public List<Target> BeforeTargets { get; } = [];
    public List<Target> TriggersTargets { get; } = [];
    public List<Target> TriggeredByTargets { get; } = [];
    public List<Expression<Func<object?>>> Requirements { get; } = [];
    public List<Func<bool>> Conditions { get; } = [];
    public List<Func<CancellationToken, Task>> Actions { get; } = [];
    public bool ProceedsAfterFailure { get; private set; }
    public bool IsAssuredAfterFailure { get; private set; }
    public bool IsUnlisted { get; private set; }

    public ITargetDefinition Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public ITargetDefinition DependsOn(params Target[] targets) => AddAll(DependsOnTargets, targets);
    public ITargetDefinition After(params Target[] targets) => AddAll(AfterTargets, targets);
    public ITargetDefinition Before(params Target[] targets) => AddAll(BeforeTargets, targets);
    public ITargetDefinition Triggers(params Target[] targets) => AddAll(TriggersTargets, targets);
    public ITargetDefinition TriggeredBy(params Target[] targets) => AddAll(TriggeredByTargets, targets);

    public ITargetDefinition Requires(Expression<Func<object?>> parameterAccessor)
    {
        ArgumentNullException.ThrowIfNull(parameterAccessor);
        Requirements.Add(parameterAccessor);
        return this;
    }

    public ITargetDefinition OnlyWhen(Func<bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        Conditions.Add(condition);
        return this;
    }

    public ITargetDefinition Executes(Func<CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Actions.Add(action);
        return this;
    }

    public ITargetDefinition Executes(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Actions.Add(_ =>
        {
            action();
            return Task.CompletedTask;
        });
        return this;
    }

    public ITargetDefinition ProceedAfterFailure()
    {
        ProceedsAfterFailure = true;
        return this;
    }

    public ITargetDefinition AssuredAfterFailure()
    {
        IsAssuredAfterFailure = true;
        return this;
    }

    public ITargetDefinition Unlisted()
    {
        IsUnlisted = true;
        return this;
    }

    private TargetDefinition AddAll(List<Target> list, Target[] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        foreach (var t in targets)
            list.Add(t ?? throw new ArgumentNullException(nameof(targets), "A target reference is null."));
        return this;
    }
}
