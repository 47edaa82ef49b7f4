using SchemaGate.Connections;
using SchemaGate.Migrations.Journal;

namespace SchemaGate.Configuration;

/// <summary>What ValidateConfig is told, resolved from the build parameters.</summary>
public sealed record ConfigOptions
{
    public DeployEnvironment Environment { get; init; } = DeployEnvironment.Development;
    /// <summary>Production's setting (--prod-url, PROD_URL, else DATABASE_URL); null when none is set.</summary>
    public ConnectionSetting? Production { get; init; }
    /// <summary>Development's setting (--dev-url, DEV_URL); null when none is set.</summary>
    public ConnectionSetting? Development { get; init; }
    /// <summary>The fingerprint production must have (<c>system_identifier/database/oid</c>); not a secret.</summary>
    public string? ExpectedProdFingerprint { get; init; }
    public DatabaseStrategy? Strategy { get; init; }
    /// <summary>An empty production is expected (<c>--first-deploy</c>).</summary>
    public bool FirstDeploy { get; init; }
    /// <summary>How sessions on production and development are opened.</summary>
    public SessionDefaults Session { get; init; } = new() { ConnectTimeout = TimeSpan.FromSeconds(5) };
    public TimeSpan ConnectTimeout => Session.ConnectTimeout;
    public JournalOptions Journal { get; init; } = new();
    /// <summary>The folders this run writes to, checked first (absolute path, parameter, the path as the user wrote it).</summary>
    public IReadOnlyList<(string Path, string Parameter, string Shown)> OutputFolders { get; init; } = [];
    /// <summary>The backup folder when this run takes a backup (Deploy, BackupProduction, Rollback), and how many to keep.</summary>
    public (string Path, string Shown)? BackupFolder { get; init; }
    public int BackupKeep { get; init; } = 5;
}
