using SchemaGate.Drift;
using SchemaGate.Findings;
using SchemaGate.Security;
using SchemaGate.Connections;

namespace SchemaGate.Configuration;

/// <summary>
/// ValidateConfig's engine. Parses every connection setting (SG001-SG004, nothing is contacted while one is
/// unusable), then reaches production read-only: version, fingerprint (SG005, SG006), contents (SG009, SG010);
/// then development for --database-strategy (SG007, SG008). Unreachable servers are an InfrastructureException.
/// </summary>
public sealed class ConfigValidator(ConfigOptions options, Redactor redactor)
{
    public ConfigOptions Options { get; } = options;

    public async Task<ConfigResult> ValidateAsync(CancellationToken ct)
    {
        var findings = new List<Finding>();
        var notes = new List<string>();
        var done = new List<string>();
        var notDone = new List<string>();
        var env = Options.Environment;
        var envName = env.ToString().ToLowerInvariant();

        var problems = ParameterProblems();
        if (problems.Count > 0)
            return new ConfigResult { Environment = env, ParameterProblems = problems, ChecksNotDone = ["parameters not usable: no database was contacted"] };

        var prod = Options.Production is { } p ? SettingParser.Parse(p, env, redactor) : null;
        var dev = Options.Development is { } d ? SettingParser.Parse(d, env, redactor) : null;
        if (prod?.Problem is { } prodProblem) findings.Add(prodProblem);
        if (dev?.Problem is { } devProblem) findings.Add(devProblem);

        if (prod is null && env != DeployEnvironment.Development)
            findings.Add(ConfigRules.MissingUrl.Report(
                $"No production URL, and --environment is {envName}: give --prod-url, PROD_URL or DATABASE_URL. " +
                "Refusing rather than guessing: " + SettingParser.FallbackTrap, obj: ConnectionSettings.ProdParameter));
        if (prod is null && !string.IsNullOrWhiteSpace(Options.ExpectedProdFingerprint))
            findings.Add(ConfigRules.MissingUrl.Report(
                "--expected-prod-fingerprint is set but there is no production URL to compare it with: give --prod-url, PROD_URL or DATABASE_URL.",
                obj: ConnectionSettings.ProdParameter));
        if (Options.Strategy is { } wanted && (dev is null || prod is null))
            findings.Add(ConfigRules.MissingUrl.Report(
                $"--database-strategy {wanted.ToString().ToLowerInvariant()} compares development with production, but " +
                (dev is null ? "--dev-url (DEV_URL) is not set." : "there is no production URL."),
                obj: dev is null ? ConnectionSettings.DevParameter : ConnectionSettings.ProdParameter));

        var result = new ConfigResult { Environment = env };
        if (findings.Any(f => ConfigResult.UsageRules.Any(r => r.Id == f.RuleId)))
            return result with { Findings = findings, ChecksNotDone = ["configuration not usable: no database was contacted"] };

        if (prod?.Url is not { } prodUrl)
        {
            notDone.Add("production not checked: no production URL (development environment)");
            return result with { Findings = findings, Notes = ["No production URL: production is not checked (--environment development)."], ChecksNotDone = notDone };
        }
        if (ConnectionSettings.Announcement(prod.Setting, prodUrl) is { } announcement) notes.Add(announcement);

        InstanceFingerprint prodPrint;
        ProductionContents contents;
        await using (var conn = await Sessions.OpenAsync(prodUrl, Options.Session.ReadOnly(DatabaseRole.Production), ct).ConfigureAwait(false))
        {
            prodPrint = await FingerprintReader.ReadAsync(conn, prodUrl, ct).ConfigureAwait(false);
            contents = await ProductionContents.ReadAsync(conn, Options.Journal, ct).ConfigureAwait(false);
        }
        if (Options.BackupFolder is var (backupPath, backupShown) &&
            OutputFolders.SpaceProblem(backupPath, "--backup-dir", backupShown, contents.DatabaseBytes) is { } space)
            return new ConfigResult { Environment = env, ParameterProblems = [space], ChecksNotDone = ["backup folder too small: nothing was deployed"] };
        notes.Add($"Production {prodUrl.Display}: PostgreSQL {prodPrint.ServerVersion}, fingerprint {prodPrint.Text}, " +
                  $"{contents.UserTables} user table(s), {contents.JournalRows} journal row(s).");
        done.Add($"production reachable: PostgreSQL {prodPrint.ServerVersion}, fingerprint {prodPrint.Text}");
        if (!prodPrint.HasSystemIdentifier)
            findings.Add(ConfigRules.FingerprintFallback.Report(FallbackMessage("production", prodUrl.Display), obj: prodUrl.Display));

        if (!string.IsNullOrWhiteSpace(Options.ExpectedProdFingerprint))
        {
            var expected = Options.ExpectedProdFingerprint.Trim();
            if (prodPrint.Matches(expected))
                done.Add($"production fingerprint matches --expected-prod-fingerprint ({expected})");
            else
                findings.Add(ConfigRules.FingerprintMismatch.Report(
                    $"Production {prodUrl.Display} has the fingerprint {prodPrint.Text}, but --expected-prod-fingerprint is {expected}: " +
                    "production is not the database you think it is.", obj: prodUrl.Display));
        }
        else notDone.Add($"production fingerprint not compared: no --expected-prod-fingerprint (this run saw {prodPrint.Text})");

        if (contents.IsEmpty)
        {
            if (Options.FirstDeploy)
                done.Add("production is empty, as --first-deploy says");
            else
                findings.Add(ConfigRules.EmptyProduction.Report(
                    $"Production {prodUrl.Display} is empty (no user tables, no journal rows). If this is the first deployment, " +
                    "pass --first-deploy; otherwise the URL points at the wrong or a freshly created database.", obj: prodUrl.Display));
        }
        else if (contents.NeedsBaseline)
            findings.Add(ConfigRules.NoJournal.Report(
                $"Production {prodUrl.Display} has {contents.UserTables} user table(s) but no rows in the journal {Options.Journal.QualifiedName}: " +
                "it was built without SchemaGate. Run ./build.sh Baseline --baseline-version N (N = the last migration production already has) first.",
                obj: prodUrl.Display));
        else
            done.Add($"production has a journal ({contents.JournalRows} row(s))");

        InstanceFingerprint? devPrint = null;
        if (dev?.Url is { } devUrl)
        {
            await using (var conn = await Sessions.OpenAsync(devUrl, Options.Session.ReadOnly(DatabaseRole.Development), ct).ConfigureAwait(false))
                devPrint = await FingerprintReader.ReadAsync(conn, devUrl, ct).ConfigureAwait(false);
            notes.Add($"Development {devUrl.Display}: PostgreSQL {devPrint.ServerVersion}, fingerprint {devPrint.Text}.");
            if (!devPrint.HasSystemIdentifier)
                findings.Add(ConfigRules.FingerprintFallback.Report(FallbackMessage("development", devUrl.Display), obj: devUrl.Display));
            findings.AddRange(StrategyFindings(prodPrint, devPrint, prodUrl.Display, devUrl.Display, done, notDone));
        }
        else notDone.Add("database strategy not checked: no --dev-url");

        return result with
        {
            Findings = findings,
            ProductionUrl = prodUrl,
            DevelopmentUrl = dev?.Url,
            Production = prodPrint,
            Development = devPrint,
            Contents = contents,
            Notes = notes,
            ChecksDone = done,
            ChecksNotDone = notDone,
        };
    }

    private IEnumerable<Finding> StrategyFindings(InstanceFingerprint prod, InstanceFingerprint dev, string prodName, string devName,
        List<string> done, List<string> notDone)
    {
        var both = $"production {prodName} ({prod.Text}) and development {devName} ({dev.Text})";
        switch (Options.Strategy)
        {
            case null:
                notDone.Add("database strategy not checked: no --database-strategy");
                break;
            case DatabaseStrategy.Shared when !prod.SameInstanceAs(dev):
                yield return ConfigRules.SharedStrategyMismatch.Report(
                    $"--database-strategy shared, but {both} are different PostgreSQL instances (system identifiers {prod.Instance} and {dev.Instance}).",
                    obj: devName);
                break;
            case DatabaseStrategy.Separate when prod.SameDatabaseAs(dev):
                yield return ConfigRules.SeparateStrategyMismatch.Report(
                    $"--database-strategy separate, but production and development point at the same database: {both}.", obj: devName);
                break;
            case DatabaseStrategy.Separate when prod.SameInstanceAs(dev):
                yield return ConfigRules.SeparateStrategyMismatch.Report(
                    $"--database-strategy separate, but {both} are on the same PostgreSQL instance ({prod.Instance}).", obj: devName);
                break;
            default:
                done.Add($"database strategy {Options.Strategy.ToString()!.ToLowerInvariant()}: {both} agree with it");
                break;
        }
    }

    private static string FallbackMessage(string role, string display) =>
        $"The role connecting to {role} {display} may not call pg_control_system(), so its fingerprint uses the host and port " +
        "instead of the instance's system_identifier; two servers behind one address would look alike.";

    /// <summary>The parameters that cannot work whatever the databases say: folders, --backup-keep, the fingerprint's shape.</summary>
    private List<string> ParameterProblems()
    {
        var problems = new List<string>();
        foreach (var (path, parameter, shown) in Options.OutputFolders)
        {
            if (OutputFolders.Problem(path, parameter, shown) is { } problem) problems.Add(problem);
        }
        if (Options.BackupFolder is var (backupPath, backupShown))
        {
            if (Options.BackupKeep < 1) problems.Add($"--backup-keep must be 1 or more (it is {Options.BackupKeep}): a backup is kept until the next one is verified.");
            if (OutputFolders.Problem(backupPath, "--backup-dir", backupShown) is { } problem) problems.Add(problem);
        }
        if (!string.IsNullOrWhiteSpace(Options.ExpectedProdFingerprint) && !InstanceFingerprint.IsWellFormed(Options.ExpectedProdFingerprint))
            problems.Add($"--expected-prod-fingerprint '{Options.ExpectedProdFingerprint.Trim()}' is not a fingerprint: ValidateConfig prints production's as " +
                         "system_identifier/database/oid (for example 7284539100011223344/app/16384).");
        return problems;
    }
}
