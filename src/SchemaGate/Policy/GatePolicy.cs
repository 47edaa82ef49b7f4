using SchemaGate.Findings;

namespace SchemaGate.Policy;

/// <summary>
/// The gate's policy: each rule's severity (or off), whether warnings block, and the drift ignore lists. Read from
/// <c>schemagate.policy.json</c> (see docs/policy.md); <see cref="Default"/> when there is no file, which keeps every
/// rule at its catalogued severity (data loss and history errors block, locking rules warn).
/// </summary>
public sealed record GatePolicy
{
    public const string DefaultFileName = "schemagate.policy.json";

    public static GatePolicy Default { get; } = new();

    /// <summary>The policy file, relative to the repository root, when one was read.</summary>
    public string? Source { get; init; }

    /// <summary>Severity overrides by rule id (catalogue spelling).</summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The file's <c>strict</c>; null when it does not say. The command line wins over it.</summary>
    public bool? Strict { get; init; }

    public DriftPolicy Drift { get; init; } = DriftPolicy.None;

    /// <summary>Strictness of the run: the command line when it said, else the file, else off.</summary>
    public bool StrictFor(bool? commandLine) => commandLine ?? Strict ?? false;

    /// <summary>True when the file gives the rule a level (turning an advice rule that is off by default on).</summary>
    public bool Sets(string ruleId) => Rules.TryGetValue(ruleId, out var setting) && setting.Level != RuleLevel.Off;

    /// <summary>The findings with the policy applied: overridden severities (marked with <see cref="PolicyChange"/>), off rules suppressed.</summary>
    public IReadOnlyList<Finding> Apply(IEnumerable<Finding> findings) => findings.Select(Apply).ToArray();

    public Finding Apply(Finding finding)
    {
        if (!Rules.TryGetValue(finding.RuleId, out var setting)) return finding;
        var where = Source is null ? "the policy" : $"{Source}:{setting.Line}";
        if (setting.Level == RuleLevel.Off)
        {
            // An allow directive already explains the finding; the policy does not replace its reason.
            return finding.Suppressed is not null
                ? finding
                : finding with { Suppressed = new Suppression(SuppressionKind.Policy, $"{setting.RuleId} is off in {where}", Source, setting.Line) };
        }
        var severity = setting.Level switch
        {
            RuleLevel.Error => Severity.Error,
            RuleLevel.Warning => Severity.Warning,
            _ => Severity.Notice,
        };
        if (severity == finding.Severity) return finding;
        return finding with { Severity = severity, Policy = new PolicyChange(finding.Severity, severity, Source, setting.Line) };
    }
}
