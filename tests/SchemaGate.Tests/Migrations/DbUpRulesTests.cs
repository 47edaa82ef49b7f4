using SchemaGate.Findings;
using SchemaGate.Judgement;
using SchemaGate.Migrations.Source;
using SchemaGate.Pipeline;
using SchemaGate.Pipeline.Steps;

namespace SchemaGate.Tests.Migrations;

/// <summary>SG117-SG119: LintMigrations reports where DbUp would run the files differently, only with --deployer dbup.</summary>
public sealed class DbUpRulesTests
{
    private static async Task<IReadOnlyList<Finding>> LintAsync(Deployer deployer, params (string Name, string Sql)[] files)
    {
        using var repo = new TempRepository();
        foreach (var (name, sql) in files) repo.Write(name, sql);
        var settings = new GateSettings { RepositoryRoot = repo.Root, Deployer = deployer };
        var step = new MigrationsStep(settings, TextGateLog.Null);
        var set = (await step.LoadAsync(CancellationToken.None)).Result;
        return step.Lint(set, ChangeSet.Everything("test")).Result;
    }

    private static readonly (string, string)[] Unpadded = [("9_x.sql", "create table x (id int);"), ("10_y.sql", "create table y (id int);")];
    private static readonly (string, string)[] NamedTag = [("0001_f.sql", "create function f() returns int language sql as $body$ select 1 $body$;")];
    private static readonly (string, string)[] TwoStatements = [("0001_t.sql", "create table t (id int);\ncreate index t_id on t (id);")];

    [Fact]
    public async Task SG117_an_unpadded_version_that_DbUp_would_run_later_is_an_error_at_its_file()
    {
        var found = Assert.Single(await LintAsync(Deployer.DbUp, Unpadded), f => f.RuleId == "SG117");
        Assert.Equal(("migrations/9_x.sql", 1, Severity.Error), (found.File, found.Line, found.Severity));
        Assert.Contains("DbUp would run 10_y.sql before 9_x.sql", found.Message);
    }

    [Fact]
    public async Task SG117_padded_versions_pass() =>
        Assert.DoesNotContain(await LintAsync(Deployer.DbUp, ("0009_x.sql", "create table x (id int);"), ("0010_y.sql", "create table y (id int);")), f => f.RuleId == "SG117");

    [Fact]
    public async Task SG118_a_named_dollar_quote_tag_is_an_error_at_its_line()
    {
        var found = await LintAsync(Deployer.DbUp, NamedTag);
        Assert.Equal(Severity.Error, Assert.Single(found, f => f.RuleId == "SG118").Severity);
    }

    [Fact]
    public async Task SG118_double_dollar_quotes_pass() =>
        Assert.DoesNotContain(await LintAsync(Deployer.DbUp, ("0001_f.sql", "create function f() returns int language sql as $$ select 1 $$;")), f => f.RuleId == "SG118");

    [Fact]
    public async Task SG119_a_transactional_script_of_two_statements_warns_and_a_no_transaction_script_or_one_statement_passes()
    {
        Assert.Equal(Severity.Warning, Assert.Single(await LintAsync(Deployer.DbUp, TwoStatements), f => f.RuleId == "SG119").Severity);
        Assert.DoesNotContain(await LintAsync(Deployer.DbUp, ("0001_t.sql", "create table t (id int);")), f => f.RuleId == "SG119");
        Assert.DoesNotContain(await LintAsync(Deployer.DbUp, ("0001_t.sql", "-- schemagate:no-transaction\ncreate table t (id int);\ncreate index concurrently t_id on t (id);")),
            f => f.RuleId == "SG119");
    }

    [Fact]
    public async Task Without_deployer_dbup_none_of_them_is_reported()
    {
        var found = await LintAsync(Deployer.SchemaGate, [.. Unpadded, .. NamedTag.Select(f => ("0002_f.sql", f.Item2)), .. TwoStatements.Select(f => ("0003_t.sql", f.Item2))]);
        Assert.DoesNotContain(found, f => f.RuleId is "SG117" or "SG118" or "SG119");
    }

    [Fact]
    public void They_judge_the_change_only() =>
        Assert.All(new[] { DbUpRules.TextOrder, DbUpRules.Variable, DbUpRules.NotAtomic }, r => Assert.True(r.ScopedToChange, r.Id));
}
