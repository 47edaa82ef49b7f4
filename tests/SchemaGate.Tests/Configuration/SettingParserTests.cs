using SchemaGate.Configuration;
using SchemaGate.Findings;
using SchemaGate.Security;

namespace SchemaGate.Tests.Configuration;

public sealed class SettingParserTests
{
    private const string Secret = "Sup3r-Secr3t-Pw";

    private static ParsedSetting Parse(string value, DeployEnvironment env = DeployEnvironment.Production, Redactor? redactor = null) =>
        SettingParser.Parse(new ConnectionSetting("production", "--prod-url", "--prod-url", value), env, redactor ?? new Redactor());

    [Theory]
    [InlineData("postgres://app:" + Secret + "@db.internal:5432/app", "db.internal", 5432, "app")]
    [InlineData("postgresql://app:" + Secret + "@db.internal/app", "db.internal", 5432, "app")]
    [InlineData("postgres://app@[::1]:6543/app", "::1", 6543, "app")]
    [InlineData("Host=db.internal;Port=6000;Database=app;Username=app;Password='" + Secret + ";x'", "db.internal", 6000, "app")]
    [InlineData("host = db.internal ; database = app", "db.internal", 5432, "app")]
    public void Valid_urls_and_keyword_settings_parse(string value, string host, int port, string database)
    {
        var parsed = Parse(value);
        Assert.Null(parsed.Problem);
        Assert.NotNull(parsed.Url);
        Assert.Equal(host, parsed.Url.Builder.Host);
        Assert.Equal(port, parsed.Url.Builder.Port);
        Assert.Equal(database, parsed.Url.Database);
        Assert.DoesNotContain(Secret, parsed.Url.Display);
    }

    [Theory]
    [InlineData("postgres://u:" + Secret + "@/db", "no host")]
    [InlineData("postgres://u:" + Secret + "@host:99999/db", "outside 1-65535")]
    [InlineData("postgres://u:" + Secret + "@host:54x2/db", "port is not a number")]
    [InlineData("postgres://u:" + Secret + "@host:/db", "no port number")]
    [InlineData("postgres://u:Sup3r Secr3t@host/db", "contains a space")]
    [InlineData("Host=db;Password='" + Secret + ";Database=app", "unbalanced quote")]
    [InlineData("Hots=db;Database=app;Password=" + Secret, "'Hots' is not a keyword")]
    [InlineData("Host=db;Port=abc;Password=" + Secret, "port is not a number")]
    [InlineData("Database=app;Password=" + Secret, "names no host")]
    [InlineData("mysql://u:" + Secret + "@host/db", "postgres://")]
    [InlineData("production-db", "bare word")]
    public void Malformed_settings_are_SG001_saying_what_is_wrong_and_never_the_password(string value, string expected)
    {
        var redactor = new Redactor();
        var parsed = Parse(value, redactor: redactor);

        Assert.Null(parsed.Url);
        var finding = Assert.IsType<Finding>(parsed.Problem);
        Assert.Equal(ConfigRules.MalformedUrl.Id, finding.RuleId);
        Assert.Contains("--prod-url", finding.Message);
        Assert.Contains(expected, finding.Message);
        Assert.DoesNotContain(Secret, finding.Message);
        Assert.DoesNotContain("Sup3r Secr3t", finding.Message);
        Assert.Contains(value, redactor.Secrets); // the whole value is masked wherever it might appear later
    }

    [Fact]
    public void A_keyword_right_after_an_unquoted_password_is_not_repeated()
    {
        var parsed = Parse("Host=db;Password=abc;defgh=ij");
        Assert.Equal(ConfigRules.MalformedUrl.Id, parsed.Problem!.RuleId);
        Assert.DoesNotContain("defgh", parsed.Problem.Message);
        Assert.Contains("after Password", parsed.Problem.Message);
    }

    [Theory]
    [InlineData("sqlite:///app.db")]
    [InlineData("sqlite::memory:")]
    [InlineData("file:app.db?mode=ro")]
    [InlineData(":memory:")]
    public void SQLite_urls_are_SG002_with_the_fallback_trap_in_production(string value)
    {
        var prod = Parse(value, DeployEnvironment.Production).Problem!;
        var staging = Parse(value, DeployEnvironment.Staging).Problem!;
        var dev = Parse(value, DeployEnvironment.Development).Problem!;

        Assert.All(new[] { prod, staging, dev }, f => Assert.Equal(ConfigRules.SqliteUrl.Id, f.RuleId));
        Assert.Contains("SQLite", prod.Message);
        Assert.Contains("fallback trap", prod.Message);
        Assert.Contains("--environment is production", prod.Message);
        Assert.Contains("--environment is staging", staging.Message);
        Assert.DoesNotContain("fallback trap", dev.Message);
        Assert.Contains("leave --prod-url unset", dev.Message);
    }

    [Theory]
    [InlineData("./app.db")]
    [InlineData("/var/data/x.db")]
    [InlineData("app.sqlite3")]
    [InlineData("../data/app")]
    [InlineData("C:\\data\\app.db")]
    public void File_paths_are_SG003(string value)
    {
        var finding = Parse(value).Problem!;
        Assert.Equal(ConfigRules.FilePathUrl.Id, finding.RuleId);
        Assert.Contains("file path", finding.Message);
        Assert.Contains("fallback trap", finding.Message);
        Assert.DoesNotContain("fallback trap", Parse(value, DeployEnvironment.Development).Problem!.Message);
    }

    [Theory]
    [InlineData("sqlite:///app.db", SettingShape.Sqlite)]
    [InlineData("FILE:x.db", SettingShape.Sqlite)]
    [InlineData("postgres://h/db", SettingShape.Url)]
    [InlineData("Host=h", SettingShape.Keywords)]
    [InlineData("/var/x.db", SettingShape.FilePath)]
    [InlineData("data.db", SettingShape.FilePath)]
    [InlineData("prod", SettingShape.Unknown)]
    public void Shapes_are_recognised_before_parsing(string value, SettingShape shape) =>
        Assert.Equal(shape, SettingShapes.Of(value));
}
