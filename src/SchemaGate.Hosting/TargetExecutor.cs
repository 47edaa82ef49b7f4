using System.Diagnostics;
using System.Linq.Expressions;
using SchemaGate.Failures;
using SchemaGate.Security;

namespace SchemaGate.Hosting;

/// <summary>
/// Runs the planned targets in order. A failure stops the rest (NotRun) unless the failed target proceeds after
/// failure; AssuredAfterFailure targets run regardless, with a token that the cancellation does not reach.
/// </summary>
internal sealed class TargetExecutor(TextWriter output, GitHubActionsLog github, Redactor redactor, bool verbose, Action<TargetResult>? finished = null)
{
    public async Task<IReadOnlyList<TargetResult>> RunAsync(IReadOnlyList<PlannedTarget> plan, CancellationToken cancellation)
    {
        var results = new Dictionary<TargetNode, TargetResult>();
        var ordered = new List<TargetResult>();
        var stopped = false;

        foreach (var step in plan)
        {
            var node = step.Node;
            var assured = node.Definition.IsAssuredAfterFailure;
            TargetResult result;
            if (step.Skip)
                result = Result(step, TargetStatus.Skipped);
            else if (!assured && (stopped || cancellation.IsCancellationRequested))
                result = Result(step, TargetStatus.NotRun);
            else if (!assured && node.DependsOn.Any(d => results.TryGetValue(d, out var r) && r.Status is not (TargetStatus.Succeeded or TargetStatus.Skipped)))
                result = Result(step, TargetStatus.NotRun);
            else
                result = await RunOneAsync(step, assured ? CancellationToken.None : cancellation).ConfigureAwait(false);

            if (result.Status == TargetStatus.Aborted || (result.Status == TargetStatus.Failed && !node.Definition.ProceedsAfterFailure))
                stopped = true;
            results[node] = result;
            ordered.Add(result);
            finished?.Invoke(result);
        }
        return ordered;
    }

    private async Task<TargetResult> RunOneAsync(PlannedTarget step, CancellationToken cancellation)
    {
        var node = step.Node;
        var watch = Stopwatch.StartNew();
        try
        {
            if (node.Definition.Conditions.Any(c => !c()))
            {
                output.WriteLine($"Skipping {node.Name}: its condition is false.");
                return Result(step, TargetStatus.Skipped);
            }
        }
        catch (Exception e)
        {
            return Failure(step, e, watch.Elapsed);
        }

        github.BeginGroup(node.Name);
        if (!github.IsActive) output.WriteLine($"=== {node.Name} ===");
        try
        {
            foreach (var action in node.Definition.Actions)
            {
                cancellation.ThrowIfCancellationRequested();
                await action(cancellation).ConfigureAwait(false);
            }
            return Result(step, TargetStatus.Succeeded, watch.Elapsed);
        }
        catch (Exception e) when (cancellation.IsCancellationRequested && e is OperationCanceledException)
        {
            output.WriteLine($"{node.Name} was cancelled.");
            return Result(step, TargetStatus.Aborted, watch.Elapsed, "cancelled") with { Exception = e };
        }
        catch (Exception e)
        {
            return Failure(step, e, watch.Elapsed);
        }
        finally
        {
            github.EndGroup();
        }
    }

    private TargetResult Failure(PlannedTarget step, Exception e, TimeSpan elapsed)
    {
        var error = redactor.Redact(FirstLine(e));
        output.WriteLine($"{step.Node.Name} failed: {error}");
        if (verbose) output.WriteLine(e.ToString());
        return Result(step, TargetStatus.Failed, elapsed, error) with { Exception = e };
    }

    private static string FirstLine(Exception e)
    {
        var message = e.Message.Split('\n', 2)[0].TrimEnd('\r');
        return e is SchemaGateException or ToolFailedException ? message : $"{e.GetType().Name}: {message}";
    }

    private static TargetResult Result(PlannedTarget step, TargetStatus status, TimeSpan duration = default, string? error = null) =>
        new(step.Node.Name, status, duration, error, step.Reason);

    /// <summary>Every Requires(...) of a target that will run must have a value; otherwise exit 2 naming the parameter.</summary>
    public static void CheckRequirements(IReadOnlyList<PlannedTarget> plan, IReadOnlyList<ParameterDescriptor> parameters)
    {
        foreach (var step in plan.Where(s => !s.Skip))
        {
            foreach (var requirement in step.Node.Definition.Requirements)
            {
                var member = MemberOf(requirement.Body);
                var parameter = member is null
                    ? null
                    : parameters.FirstOrDefault(p => p.Member.MetadataToken == member.MetadataToken && p.Member.Module == member.Module);
                var value = requirement.Compile()();
                if (!IsMissing(value)) continue;
                var what = parameter is not null
                    ? $"parameter {parameter.CliName} (environment variable {parameter.EnvName})"
                    : $"'{member?.Name ?? requirement.Body.ToString()}'";
                throw new UsageException($"Target '{step.Node.Name}' requires {what}, which has no value.");
            }
        }
    }

    private static System.Reflection.MemberInfo? MemberOf(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u => MemberOf(u.Operand),
        MemberExpression m => m.Member,
        _ => null,
    };

    private static bool IsMissing(object? value) => value switch
    {
        null => true,
        string s => string.IsNullOrWhiteSpace(s),
        Array a => a.Length == 0,
        _ => false,
    };
}
