using System.Globalization;
using System.Numerics;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Security;

namespace SchemaGate.Generation;

/// <summary>The two scripts that settle drift, where they were written, and what validating each showed.</summary>
public sealed record DriftFix(string RevertPath, string AdoptPath, GeneratedMigration Revert, GeneratedMigration Adopt)
{
    /// <summary>Both scripts applied to their copies and gave exactly their targets.</summary>
    public bool Validated => Revert.Validation.Passed && Adopt.Validation.Passed;

    /// <summary>Production holds what its history implies: there is nothing to fix (and nothing was written).</summary>
    public bool NoDrift => !Revert.HasChanges;

    /// <summary>The online part of the revert script (no transaction, run after it), when it has one.</summary>
    public string? RevertOnlinePath { get; init; }

    /// <summary>The online part of the adopt migration (the version after it), when it has one.</summary>
    public string? AdoptOnlinePath { get; init; }
}

/// <summary>
/// Drift comes with its fix. Given what production should hold (<paramref name="expected"/> in
/// <see cref="WriteAsync"/>: normally the migration scripts its journal lists, as DiffAgainstProd rebuilds them) and
/// production itself, writes two generated, validated migrations into <c>&lt;outputFolder&gt;/drift/</c>:
/// <list type="bullet">
/// <item><c>revert.sql</c>: production back to what its journal implies (SOURCE production, TARGET expected),
/// validated on a copy of production rebuilt from its snapshot;</item>
/// <item><c>&lt;nextVersion&gt;_adopt_production_changes.sql</c>: a migration that brings the history forward to what production
/// holds (SOURCE expected, TARGET production), for a team that keeps a hand-made change: commit it to the
/// migrations folder; validated on a copy of the expected schema (its scripts applied again).</item>
/// </list>
/// Each may have an online part beside it (<c>revert.concurrently.sql</c>; the version after <paramref name="nextVersion"/>
/// for the adopt script), run after the main one. Contract: production is only read, over a read-only session, and
/// never written to; owners are not compared (as in DiffAgainstProd); a script that did not validate is still written,
/// with NOT VALIDATED and every remaining difference in its header, and <see cref="DriftFix.Validated"/> is false;
/// when production has no drift nothing is written and <see cref="DriftFix.NoDrift"/> is true. The ephemeral server
/// given is used as it is (a scratch database per copy, dropped after); without one, one is started and removed.
/// Failures to reach production or the ephemeral server are <see cref="Failures.InfrastructureException"/>s.
/// </summary>
public static class DriftFixWriter
{
    public const string Folder = "drift";
    public const string RevertFile = "revert.sql";
    public const string AdoptDescription = "adopt_production_changes";

    public static async Task<DriftFix> WriteAsync(SchemaSource expected, DatabaseUrl production, string outputFolder, BigInteger nextVersion,
        GenerationSettings settings, Redactor redactor, CancellationToken ct, IEphemeralServer? server = null, int versionWidth = 4)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(production);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        ArgumentNullException.ThrowIfNull(settings);
        var folder = Path.Combine(Path.GetFullPath(outputFolder, settings.RepositoryRoot), Folder);
        var revertPaths = new OutputPaths(Path.Combine(folder, RevertFile), Path.Combine(folder, "revert." + OutputPaths.OnlineSuffix + ".sql"));
        var version = nextVersion.ToString(CultureInfo.InvariantCulture).PadLeft(versionWidth, '0');
        var nextOnline = (nextVersion + 1).ToString(CultureInfo.InvariantCulture).PadLeft(versionWidth, '0');
        var adoptPaths = new OutputPaths(Path.Combine(folder, $"{version}_{AdoptDescription}.sql"),
            Path.Combine(folder, $"{nextOnline}_{AdoptDescription}_{OutputPaths.OnlineSuffix}.sql"));

        await using var generator = new MigrationGenerator(settings, redactor, server);
        var prod = await generator.ResolveAsync(new DatabaseSource(production), "the production URL", ct).ConfigureAwait(false);
        var history = await generator.ResolveAsync(expected, "the expected schema", ct).ConfigureAwait(false);
        var prodNamed = prod with { Description = "production " + production.Display };
        var historyNamed = history with { Description = "what production's journal implies (" + history.Description + ")" };

        var revert = await generator.GenerateAsync(prodNamed, historyNamed, Path.GetFileName(revertPaths.Online), ct, RevertFile).ConfigureAwait(false);
        var adopt = await generator.GenerateAsync(historyNamed, prodNamed, Path.GetFileName(adoptPaths.Online), ct, Path.GetFileName(adoptPaths.Main)).ConfigureAwait(false);
        if (revert.HasChanges || adopt.HasChanges)
        {
            await MigrationGenerator.WriteAsync(revert.Scripts, revertPaths, ct).ConfigureAwait(false);
            await MigrationGenerator.WriteAsync(adopt.Scripts, adoptPaths, ct).ConfigureAwait(false);
        }
        return new DriftFix(revertPaths.Main, adoptPaths.Main, revert, adopt)
        {
            RevertOnlinePath = revert.Scripts.Online is null ? null : revertPaths.Online,
            AdoptOnlinePath = adopt.Scripts.Online is null ? null : adoptPaths.Online,
        };
    }
}
