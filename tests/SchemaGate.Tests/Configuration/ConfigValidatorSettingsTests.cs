using SchemaGate.Configuration;
using SchemaGate.Findings;
using SchemaGate.Security;

namespace SchemaGate.Tests.Configuration;

/// <summary>The checks ValidateConfig makes before it contacts any database (so none is needed here).</summary>
public sealed class ConfigValidatorSettingsTests
{
    private static ConnectionSetting Prod(string value, string source = "--prod-url") => new("production", "--prod-url", source, value);

    private static Task<ConfigResult> Validate(ConfigOptions options) => new ConfigValidator(options, new Redactor()).ValidateAsync(CancellationToken.None);

    [Theory]
    [InlineData(DeployEnvironment.Production)]
    [InlineData(DeployEnvironment.Staging)]
    public async Task No_production_url_in_production_or_staging_is_SG004_explaining_the_fallback(DeployEnvironment env)
    {
        var result = await Validate(new ConfigOptions { Environment = env });
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ConfigRules.MissingUrl.Id, finding.RuleId);
        Assert.Contains("DATABASE_URL", finding.Message);
        Assert.Contains("SQLite", finding.Message);
        Assert.True(result.SettingsUnusable);
    }

    [Fact]
    public async Task No_production_url_in_development_is_allowed_and_said()
    {
        var result = await Validate(new ConfigOptions());
        Assert.Empty(result.Findings);
        Assert.False(result.SettingsUnusable);
        Assert.Contains(result.ChecksNotDone, t => t.Contains("production not checked"));
    }

    [Fact]
    public async Task A_sqlite_production_is_refused_even_in_development()
    {
        var result = await Validate(new ConfigOptions { Production = Prod("sqlite:///app.db", "DATABASE_URL") });
        Assert.Equal(ConfigRules.SqliteUrl.Id, Assert.Single(result.Findings).RuleId);
        Assert.True(result.SettingsUnusable);
        Assert.Null(result.Production); // nothing was contacted
    }

    [Fact]
    public async Task A_strategy_without_development_url_is_SG004()
    {
        var result = await Validate(new ConfigOptions { Production = Prod("postgres://h/app"), Strategy = DatabaseStrategy.Separate });
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ConfigRules.MissingUrl.Id, finding.RuleId);
        Assert.Contains("--dev-url", finding.Message);
    }

    [Fact]
    public async Task An_expected_fingerprint_without_production_is_SG004()
    {
        var result = await Validate(new ConfigOptions { ExpectedProdFingerprint = "1/app/2" });
        Assert.Equal(ConfigRules.MissingUrl.Id, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task Both_settings_are_reported_when_both_are_wrong()
    {
        var result = await Validate(new ConfigOptions
        {
            Production = Prod("postgres://u:pw@h:0x/app"),
            Development = new ConnectionSetting("development", "--dev-url", "--dev-url", "./dev.db"),
        });
        Assert.Equal([ConfigRules.MalformedUrl.Id, ConfigRules.FilePathUrl.Id], result.Findings.Select(f => f.RuleId));
        Assert.Contains("--dev-url", result.Findings[1].Message);
    }

    [Fact]
    public void Config_rules_come_first_in_the_catalogue()
    {
        Assert.Equal(RuleCatalog.InFamily(RuleFamily.Configuration), RuleCatalog.All.Take(RuleCatalog.InFamily(RuleFamily.Configuration).Count()));
        Assert.All(RuleCatalog.InFamily(RuleFamily.Configuration), r => Assert.Matches("^SG0[0-9]{2}$", r.Id));
    }
}
