using System.Linq.Expressions;

namespace SchemaGate.Hosting;

/// <summary>The fluent surface a target lambda uses to declare itself.</summary>
public interface ITargetDefinition
{
    /// <summary>One line shown by <c>--help</c>.</summary>
    ITargetDefinition Description(string description);

    /// <summary>These targets run first, and are added to the run when this one is.</summary>
    ITargetDefinition DependsOn(params Target[] targets);

    /// <summary>When both are in the run, this one runs after those (they are not added).</summary>
    ITargetDefinition After(params Target[] targets);

    /// <summary>When both are in the run, this one runs before those (they are not added).</summary>
    ITargetDefinition Before(params Target[] targets);

    /// <summary>These targets are added to the run and run after this one.</summary>
    ITargetDefinition Triggers(params Target[] targets);

    /// <summary>This target is added to the run, after any of these, whenever one of them is in it.</summary>
    ITargetDefinition TriggeredBy(params Target[] targets);

    /// <summary>The parameter must have a value (not null, not empty) before anything runs; exit 2 otherwise.</summary>
    ITargetDefinition Requires(Expression<Func<object?>> parameterAccessor);

    /// <summary>Evaluated just before the target would run; when false the target is Skipped.</summary>
    ITargetDefinition OnlyWhen(Func<bool> condition);

    ITargetDefinition Executes(Func<CancellationToken, Task> action);

    ITargetDefinition Executes(Action action);

    /// <summary>When this target fails, the targets after it still run.</summary>
    ITargetDefinition ProceedAfterFailure();

    /// <summary>This target runs even after an earlier failure or a cancellation (teardown).</summary>
    ITargetDefinition AssuredAfterFailure();

    /// <summary>Hidden from <c>--help</c>; it can still be run by name.</summary>
    ITargetDefinition Unlisted();
}
