using SchemaGate.Ephemeral;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.Pipeline;

/// <summary>Everything a gate run is told, resolved from the build parameters.</summary>
public sealed record GateSettings
{
    /// <summary>The repository root; relative folders and report paths are resolved against it.</summary>
    public required string RepositoryRoot { get; init; }
    public string MigrationsDir { get; init; } = "migrations";
    public string ReportDir { get; init; } = "artifacts/schemagate";
    public EphemeralOptions Ephemeral { get; init; } = new();
    public MigrationRunnerOptions Runner { get; init; } = new();
    /// <summary>How long any connection to production or development may take to open (<c>--connect-timeout</c>).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Warnings block too (<c>--strict</c>).</summary>
    public bool Strict { get; init; }
    /// <summary>Rule severities and drift lists from schemagate.policy.json; applied where the verdict is decided.</summary>
    public Policy.GatePolicy Policy { get; init; } = SchemaGate.Policy.GatePolicy.Default;
    /// <summary>Colour on the console (false when NO_COLOR is set or output is redirected).</summary>
    public bool UseColour { get; init; }
    /// <summary>A live progress line on an interactive terminal; periodic plain lines otherwise (CI, redirected output).</summary>
    public bool InteractiveProgress { get; init; }

    public string MigrationsPath => Path.GetFullPath(Path.Combine(RepositoryRoot, MigrationsDir));
    public string ReportPath => Path.GetFullPath(Path.Combine(RepositoryRoot, ReportDir));
}
