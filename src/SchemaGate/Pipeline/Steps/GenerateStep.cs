using SchemaGate.Generation;
using SchemaGate.Reporting;
using SchemaGate.Security;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// GenerateMigration: the SQL that turns <c>--from</c> into <c>--to</c>, validated on a copy of <c>--from</c> on its own
/// ephemeral server (started when first needed, removed when done), annotated with the rules it triggers, written to
/// <c>--sql-out</c> (printed without it). Exit 1 when it did not validate, or with <c>--exit-code</c> when there are
/// differences; 2 for bad input, before anything is written.
/// </summary>
public sealed class GenerateStep(GateSettings settings, Redactor redactor, IGateLog log)
{
    public async Task<StepOutcome<GeneratedMigration>> RunAsync(GenerationRequest request, CancellationToken ct)
    {
        var result = await MigrationGenerator.RunAsync(settings.Generation, request, redactor, log.Writer, ct).ConfigureAwait(false);
        return new StepOutcome<GeneratedMigration>
        {
            Result = result,
            Timings = [new Timing("generation", result.Timings.Generation), new Timing("validation", result.Timings.Validation)],
        };
    }
}
