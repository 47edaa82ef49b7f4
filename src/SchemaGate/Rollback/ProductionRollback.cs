using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Rollback;

/// <summary>
/// <c>Rollback --to N</c>: on a writable session (application name <c>schemagate-rollback</c>), under the runner's
/// advisory lock and with its lock and statement timeouts, runs the down scripts of the applied scripts above N,
/// newest first, each together with the deletion of its journal row. The plan is decided under the lock before
/// anything runs; a refused plan changes nothing (<see cref="GateRefusedException"/>, exit 1).
/// </summary>
public sealed class ProductionRollback(RollbackOptions options)
{
    public RollbackOptions Options { get; } = options;

    /// <param name="rehearsal">When given, the plan is first rehearsed on the ephemeral server; a failed rehearsal refuses.</param>
    /// <param name="beforeChanges">Runs once the plan is accepted, still under the lock, before the first down script (the backup).</param>
    public async Task<RollbackResult> RunAsync(DatabaseUrl production, MigrationSet migrations, System.Numerics.BigInteger target,
        TextWriter output, CancellationToken ct, RollbackRehearsal? rehearsal = null, Func<CancellationToken, Task>? beforeChanges = null)
    {
        ArgumentNullException.ThrowIfNull(production);
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(output);
        await using var conn = await Sessions.OpenAsync(production, Options.Session.Writable(RollbackOptions.ApplicationName), ct).ConfigureAwait(false);
        await using var held = await MigrationLock.AcquireAsync(conn, Options.Runner.Journal, Options.Runner.LockWait, ct).ConfigureAwait(false);
        {
            var journal = new MigrationJournal(Options.Runner.Journal);
            var rows = await journal.ReadAsync(conn, ct).ConfigureAwait(false);
            var plan = RollbackPlan.Create(rows, migrations, target);
            if (plan.Refused) throw Refusal(production, target, plan.Refusals);
            if (plan.Steps.Count == 0)
            {
                output.WriteLine($"Production {production.Display} is already at version {target}: nothing to roll back.");
                return new RollbackResult(plan, []);
            }
            if (rehearsal is not null)
            {
                var problems = await rehearsal.RunAsync(plan, rows, migrations, ct).ConfigureAwait(false);
                if (problems.Count > 0) throw Refusal(production, target, problems);
                output.WriteLine($"  rehearsed on the ephemeral server: the {plan.Steps.Count} down script(s) restore the schema of version {target}");
            }

            if (beforeChanges is not null) await beforeChanges(ct).ConfigureAwait(false);
            await SessionTimeouts.ApplyAsync(conn, Options.Runner, ct).ConfigureAwait(false);
            var done = new List<RollbackStep>();
            foreach (var step in plan.Steps)
            {
                var failure = await DownScriptExecutor.RunAsync(conn, journal, step.Script, step.Entry, ct).ConfigureAwait(false);
                if (failure is not null)
                {
                    var before = done.Count == 0 ? "nothing was rolled back before it"
                        : $"already rolled back: {string.Join(", ", done.Select(d => d.Script.FileName))}";
                    throw new GateRefusedException(
                        $"Rollback stopped at {failure.Describe()} {step.Script.FileName} is still applied and recorded; {before}.");
                }
                done.Add(step);
                output.WriteLine($"  rolled back {step.Script.RelativePath} with {step.Script.Down!.RelativePath}");
            }
            return new RollbackResult(plan, done);
        }
    }

    private static GateRefusedException Refusal(DatabaseUrl production, System.Numerics.BigInteger target, IReadOnlyList<string> reasons) =>
        new($"Rollback --to {target} refused, nothing was changed on {production.Display}: {string.Join("; ", reasons)}.");
}
