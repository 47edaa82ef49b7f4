using SchemaGate.Findings;
using SchemaGate.Judgement;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// LintMigrations: reads the migration folder (names, versions, encoding, lexing, directives) and runs the static
/// rules over the up scripts, tables created earlier in the change counting as new. The findings are raw: allows,
/// the policy and the scope are applied once, when the report is composed.
/// </summary>
public sealed class MigrationsStep(GateSettings settings, IGateLog log)
{
    /// <summary>The files only (no rules): what every later step needs first.</summary>
    public async Task<StepOutcome<MigrationSet>> LoadAsync(CancellationToken ct)
    {
        var set = await MigrationSource.LoadAsync(settings.MigrationsPath, settings.RepositoryRoot, ct).ConfigureAwait(false);
        return new StepOutcome<MigrationSet> { Result = set, Findings = set.Findings };
    }

    public StepOutcome<IReadOnlyList<Finding>> Lint(MigrationSet set, ChangeSet change)
    {
        ArgumentNullException.ThrowIfNull(set);
        var findings = MigrationLinter.Lint(set, change.IsEverything ? null : s => change.Includes(s.RelativePath));
        var dbup = settings.Deployer == Deployer.DbUp;
        if (dbup) findings = [.. findings, .. DbUpRules.Check(set)];
        var folder = settings.Relative(settings.MigrationsPath);
        log.Line(set.Scripts.Count == 0
            ? $"No migration scripts in {folder}: there is nothing to check."
            : $"{set.Scripts.Count} migration script(s) in {folder}; the change: {change.Describe(set.Scripts.Count)}.");
        return new StepOutcome<IReadOnlyList<Finding>>
        {
            Result = findings,
            Findings = findings,
            Checked = dbup
                ? [$"migration files linted ({set.Scripts.Count} scripts); the change is {change.Describe(set.Scripts.Count)}", "where DbUp would run the files differently (--deployer dbup)"]
                : [$"migration files linted ({set.Scripts.Count} scripts); the change is {change.Describe(set.Scripts.Count)}"],
            NotChecked = set.Scripts.Count == 0 ? [$"no migration scripts in {folder}"] : [],
            Ran = Analyses.Static,
        };
    }
}
