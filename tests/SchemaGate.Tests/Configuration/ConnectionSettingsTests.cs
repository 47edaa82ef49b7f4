using SchemaGate.Configuration;
using SchemaGate.Failures;
using SchemaGate.Security;

namespace SchemaGate.Tests.Configuration;

public sealed class ConnectionSettingsTests
{
    private static Dictionary<string, string?> Env(string? databaseUrl) => databaseUrl is null ? [] : new() { ["DATABASE_URL"] = databaseUrl };

    [Fact]
    public void Prod_url_wins_over_DATABASE_URL()
    {
        var setting = ConnectionSettings.Production("postgres://a@prod/app", Env("postgres://b@other/app"), new Redactor());
        Assert.Equal("--prod-url", setting!.Source);
        Assert.Equal("postgres://a@prod/app", setting.Value);
        Assert.Equal("--prod-url", setting.Name);
    }

    [Fact]
    public void DATABASE_URL_is_the_announced_fallback_and_registered_as_a_secret()
    {
        var redactor = new Redactor();
        var log = new StringWriter();
        var url = ConnectionSettings.ParseProduction(null, Env("postgres://b:pw-123456@other:5433/app"), redactor, log);

        Assert.Equal("other", url!.Builder.Host);
        Assert.Contains("using DATABASE_URL from the environment as production (postgres://b@other:5433/app)", log.ToString());
        Assert.Contains("postgres://b:pw-123456@other:5433/app", redactor.Secrets);
        Assert.Equal("--prod-url (from DATABASE_URL)", ConnectionSettings.Production(null, Env("x=y"), redactor)!.Name);
    }

    [Fact]
    public void Nothing_set_is_null_and_prints_nothing()
    {
        var log = new StringWriter();
        Assert.Null(ConnectionSettings.ParseProduction("  ", Env(null), new Redactor(), log));
        Assert.Null(ConnectionSettings.Development(null, new Redactor()));
        Assert.Equal("", log.ToString());
    }

    [Fact]
    public void A_malformed_production_setting_is_a_usage_error_without_the_password()
    {
        var ex = Assert.Throws<UsageException>(() =>
            ConnectionSettings.ParseProduction("postgres://u:Hidden-Pw-42@host:99999/db", Env(null), new Redactor(), TextWriter.Null));
        Assert.Equal(ExitCodes.Usage, ex.ExitCode);
        Assert.Contains("--prod-url", ex.Message);
        Assert.Contains("1-65535", ex.Message);
        Assert.DoesNotContain("Hidden-Pw-42", ex.Message);
    }

    [Fact]
    public void A_sqlite_DATABASE_URL_is_a_usage_error_naming_SQLite()
    {
        var ex = Assert.Throws<UsageException>(() =>
            ConnectionSettings.ParseProduction(null, Env("sqlite:///app.db"), new Redactor(), TextWriter.Null));
        Assert.Contains("SQLite", ex.Message);
        Assert.Contains("DATABASE_URL", ex.Message);
    }
}
