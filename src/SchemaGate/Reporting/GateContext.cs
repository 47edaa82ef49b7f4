namespace SchemaGate.Reporting;

/// <summary>Everything around the findings that a reader needs to trust the verdict: what ran, against what, and what was left out.</summary>
public sealed record GateContext
{
    public string ToolVersion { get; init; } = "0.0.0";
    public DateTimeOffset? StartedAt { get; init; }
    public bool Strict { get; init; }
    /// <summary>The policy file that set rule severities (repository-relative), or null when the defaults applied.</summary>
    public string? PolicyFile { get; init; }
    public IReadOnlyList<TargetRun> Targets { get; init; } = [];
    public PostgresVersions? Postgres { get; init; }
    public MigrationSummary? Migrations { get; init; }
    public DriftSummary? Drift { get; init; }
    /// <summary>What ValidateConfig saw: the environment and the instance fingerprints; null when it did not run.</summary>
    public ConfigurationSummary? Configuration { get; init; }
    /// <summary>What the deploy targets did (backup, scripts applied, verification); null when nothing was deployed.</summary>
    public DeploySummary? Deploy { get; init; }
    /// <summary>Set by SeedProduction: the seed plan against production (null when the target did not run).</summary>
    public SeedSummary? Seeds { get; init; }
    /// <summary>Targets of this run that failed or were aborted before the report was written.</summary>
    public IReadOnlyList<string> FailedTargets => Targets.Where(t => t.Failed).Select(t => t.Name).ToArray();
    /// <summary>Which scripts this deployment brings (the rest is history); null when the migrations were not read.</summary>
    public string? Change { get; init; }
    /// <summary>The first migration script (SARIF places findings without a file there).</summary>
    public string? FirstScript { get; init; }
    /// <summary>True when the migrations were never read: a gate that checked nothing must not read as a pass.</summary>
    public bool NothingChecked { get; init; }
    /// <summary>Checks that ran, in plain words ("migrations applied from scratch on PostgreSQL 15").</summary>
    public IReadOnlyList<string> ChecksDone { get; init; } = [];
    /// <summary>Checks that did not run and why ("drift not checked: no production URL").</summary>
    public IReadOnlyList<string> ChecksNotDone { get; init; } = [];
    /// <summary>Named durations (for example "ephemeral start", "introspection").</summary>
    public IReadOnlyList<Timing> Timings { get; init; } = [];
}

/// <summary>One build target and how it ended.</summary>
public sealed record TargetRun(string Name, TargetOutcome Status, TimeSpan Duration)
{
    public bool Failed => Status is TargetOutcome.Failed or TargetOutcome.Aborted;
}

/// <summary>How a target ended, as the report records it (the host's statuses, mapped by the build).</summary>
public enum TargetOutcome
{
    NotRun,
    Succeeded,
    Failed,
    Skipped,
    Aborted,
}

public sealed record Timing(string Name, TimeSpan Duration);

/// <summary>The server versions on both sides, as reported by <c>server_version</c> (for example "15.8").</summary>
public sealed record PostgresVersions(string? Ephemeral, string? Production)
{
    public static int? Major(string? version)
    {
        if (string.IsNullOrWhiteSpace(version)) return null;
        var digits = new string(version.Trim().TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var major) ? major : null;
    }

    /// <summary>Set when both majors are known and differ: the checks ran on a different major than production.</summary>
    public string? Warning => Major(Ephemeral) is { } e && Major(Production) is { } p && e != p
        ? $"ephemeral PostgreSQL {e} differs from production PostgreSQL {p}: results may not hold on production"
        : null;
}

public sealed record MigrationSummary(int Total, int Applied, IReadOnlyList<string> Pending);

/// <summary>Whether production was compared with its history; when not, why; and how much differed.</summary>
public sealed record DriftSummary(bool Checked, string? Reason = null, int Added = 0, int Removed = 0, int Altered = 0)
{
    public int Total => Added + Removed + Altered;
    public bool Found => Checked && Total > 0;
    /// <summary>The two scripts DiffAgainstProd wrote to settle the drift; null when there is no drift or they were not written.</summary>
    public DriftFixSummary? Fix { get; init; }
}

/// <summary>
/// The drift fix next to the reports: <see cref="Revert"/> (production back to what its journal implies) and
/// <see cref="Adopt"/> (a migration that brings the history forward to what production holds), as paths relative to the
/// report folder, each with its online part when there is one, whether each validated on its copy, and, on GitHub
/// Actions, the run page whose artifacts hold them (links in the PR comment and the drift issue go there).
/// </summary>
public sealed record DriftFixSummary(string Revert, string Adopt, bool RevertValidated, bool AdoptValidated)
{
    public string? RevertOnline { get; init; }
    public string? AdoptOnline { get; init; }
    public string? ArtifactsUrl { get; init; }
}

/// <summary>ValidateConfig's view of the databases: URLs without passwords, and fingerprints (system_identifier/database/oid).</summary>
public sealed record ConfigurationSummary(string Environment, string? Production, string? ProductionFingerprint, string? ProductionVersion,
    string? Development, string? DevelopmentFingerprint);
