using SchemaGate.Connections;
using SchemaGate.Findings;

namespace SchemaGate.Configuration;

/// <summary>What ValidateConfig found: the SG0xx findings, the databases it reached and what it could and could not check.</summary>
public sealed record ConfigResult
{
    /// <summary>Rules whose findings mean the settings themselves are unusable: the run ends with exit 2.</summary>
    public static IReadOnlyList<Rule> UsageRules { get; } =
        [ConfigRules.MalformedUrl, ConfigRules.SqliteUrl, ConfigRules.FilePathUrl, ConfigRules.MissingUrl];

    public required DeployEnvironment Environment { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public DatabaseUrl? ProductionUrl { get; init; }
    public DatabaseUrl? DevelopmentUrl { get; init; }
    public InstanceFingerprint? Production { get; init; }
    public InstanceFingerprint? Development { get; init; }
    public ProductionContents? Contents { get; init; }
    /// <summary>Lines to print in order (announcements, fingerprints, what was decided).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<string> ChecksDone { get; init; } = [];
    public IReadOnlyList<string> ChecksNotDone { get; init; } = [];
    /// <summary>Parameters that cannot work as given (a folder that is a file, a malformed fingerprint...): exit 2, one sentence each.</summary>
    public IReadOnlyList<string> ParameterProblems { get; init; } = [];

    public bool SettingsUnusable => Findings.Any(IsUsageProblem);

    /// <summary>A finding that says a setting itself cannot be used (exit 2).</summary>
    public bool IsUsageProblem(Finding finding) => UsageRules.Contains(finding.Rule);
}
