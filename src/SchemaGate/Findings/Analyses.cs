namespace SchemaGate.Findings;

/// <summary>
/// The analyses of a run. A rule says which of them report it (<see cref="Rule.ReportedBy"/>); the run records which ran,
/// so an allow is reported as unused only when every analysis that could have used it ran.
/// </summary>
[Flags]
public enum Analyses
{
    None = 0,
    /// <summary>The files were read and the static rules ran.</summary>
    Static = 1,
    /// <summary>The scripts ran on the ephemeral server under the tracer (locks, rewrites, removals, hidden statements).</summary>
    Traced = 2,
    /// <summary>Down scripts ran after their up scripts (SG113-SG115).</summary>
    DownScripts = 4,
    /// <summary>Production was compared with its history (SG12x, SG4xx).</summary>
    Drift = 8,
    /// <summary>Seed files were loaded and planned (SG5xx).</summary>
    Seeds = 16,
    /// <summary>The scripts were applied on the ephemeral server (a failing script is SG110).</summary>
    Apply = 32,
    /// <summary>The connection settings were validated (SG0xx).</summary>
    Config = 64,
}
