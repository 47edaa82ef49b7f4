using SchemaGate.Failures;
using SchemaGate.Hosting;

namespace SchemaGate.Tests.Hosting;

public sealed class ParameterBindingTests : IDisposable
{
    private readonly HostHarness _host = new();

    public void Dispose() => _host.Dispose();

    private async Task<(ParameterBuild Build, BuildOutcome Outcome, string Output)> Run(params string[] args)
    {
        var build = new ParameterBuild();
        var (outcome, output) = await _host.RunAsync(build, ["Noop", .. args]);
        return (build, outcome, output);
    }

    [Fact]
    public async Task Command_line_beats_environment_profile_file_and_default()
    {
        _host.WriteParameters("""{ "MigrationsDir": "from-file" }""");
        _host.WriteParameters("""{ "MigrationsDir": "from-profile" }""", "ci");
        _host.Environment["SCHEMAGATE_MIGRATIONS_DIR"] = "from-env";

        var (build, outcome, _) = await Run("--profile", "ci", "--migrations-dir", "from-cli");

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal("from-cli", build.MigrationsDir);
    }

    [Fact]
    public async Task Environment_beats_profile_and_file()
    {
        _host.WriteParameters("""{ "MigrationsDir": "from-file" }""");
        _host.WriteParameters("""{ "MigrationsDir": "from-profile" }""", "ci");
        _host.Environment["SCHEMAGATE_MIGRATIONS_DIR"] = "from-env";

        var (build, _, _) = await Run("--profile", "ci");

        Assert.Equal("from-env", build.MigrationsDir);
    }

    [Theory]
    [InlineData("SCHEMAGATE_MIGRATIONS_DIR")]
    [InlineData("NUKE_MIGRATIONS_DIR")]
    public async Task The_prefixed_environment_spellings_bind(string variable)
    {
        _host.Environment[variable] = "from-" + variable;

        var (build, _, _) = await Run();

        Assert.Equal("from-" + variable, build.MigrationsDir);
    }

    [Theory]
    [InlineData("MIGRATIONS_DIR")]
    [InlineData("MigrationsDir")]
    public async Task A_bare_environment_variable_set_for_something_else_is_never_read(string variable)
    {
        // ENVIRONMENT=prod, URL=..., TO=... belong to other tools; only documented names and the prefixed forms bind.
        _host.Environment[variable] = "from-" + variable;

        var (build, _, _) = await Run();

        Assert.Equal("migrations", build.MigrationsDir);
    }

    [Fact]
    public async Task An_empty_environment_variable_counts_as_unset()
    {
        _host.WriteParameters("""{ "MigrationsDir": "from-file" }""");
        _host.Environment["SCHEMAGATE_MIGRATIONS_DIR"] = "";

        var (build, _, _) = await Run();

        Assert.Equal("from-file", build.MigrationsDir);
    }

    [Fact]
    public async Task Profile_file_is_merged_over_parameters_json()
    {
        _host.WriteParameters("""{ "MigrationsDir": "from-file", "Retries": 4 }""");
        _host.WriteParameters("""{ "MigrationsDir": "from-profile" }""", "ci");

        var (build, _, _) = await Run("--profile", "ci");

        Assert.Equal("from-profile", build.MigrationsDir);
        Assert.Equal(4, build.Retries);
    }

    [Fact]
    public async Task Parameters_json_beats_the_initializer_which_is_the_last_resort()
    {
        var (untouched, _, _) = await Run();
        Assert.Equal("migrations", untouched.MigrationsDir);

        _host.WriteParameters("""{ "migrations-dir": "from-file" }""");
        var (build, _, _) = await Run();
        Assert.Equal("from-file", build.MigrationsDir);
    }

    [Fact]
    public async Task A_missing_profile_file_is_a_usage_error()
    {
        var (_, outcome, output) = await Run("--profile", "nope");

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("parameters.nope.json", output);
    }

    [Theory]
    [InlineData("--migrations-dir", "x")]
    [InlineData("--migrations-dir=x")]
    [InlineData("--MigrationsDir", "x")]
    [InlineData("--MIGRATIONS_DIR", "x")]
    [InlineData("--migrationsdir", "x")]
    public async Task Dashes_and_case_are_ignored_on_the_command_line(params string[] args)
    {
        var (build, outcome, _) = await Run(args);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal("x", build.MigrationsDir);
    }

    [Fact]
    public async Task A_bare_flag_is_true_and_does_not_swallow_a_following_target()
    {
        var build = new ParameterBuild();
        var (outcome, _) = await _host.RunAsync(build, ["--first-deploy", "Noop"]);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.True(build.FirstDeploy);
        Assert.True(build.Ran);
    }

    [Theory]
    [InlineData("--first-deploy=false", false)]
    [InlineData("--first-deploy false", false)]
    [InlineData("--first-deploy true", true)]
    public async Task A_flag_takes_an_explicit_boolean(string args, bool expected)
    {
        _host.WriteParameters("""{ "FirstDeploy": true }""");
        var (build, _, _) = await Run(args.Split(' '));

        Assert.Equal(expected, build.FirstDeploy);
    }

    [Fact]
    public async Task Enums_bind_case_insensitively()
    {
        var (build, _, _) = await Run("--mode", "aPPly");

        Assert.Equal(DeployMode.Apply, build.Mode);
    }

    [Fact]
    public async Task An_unknown_enum_value_is_exit_2_listing_the_valid_ones()
    {
        var (build, outcome, output) = await Run("--mode", "destroy");

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("Check, Apply", output);
        Assert.Contains("--mode", output);
        Assert.False(build.Ran);
    }

    [Fact]
    public async Task A_value_outside_AllowedValues_is_exit_2_listing_them()
    {
        var (_, outcome, output) = await Run("--colour", "blue");

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("Red, Green", output);
    }

    [Fact]
    public async Task AllowedValues_are_matched_case_insensitively_and_canonicalised()
    {
        var (build, _, _) = await Run("--colour", "green");

        Assert.Equal("Green", build.Colour);
    }

    [Fact]
    public async Task A_non_number_for_an_int_is_exit_2()
    {
        var (_, outcome, output) = await Run("--retries", "three");

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("--retries", output);
        Assert.Contains("whole number", output);
    }

    [Fact]
    public async Task Numbers_durations_lists_and_renamed_parameters_bind()
    {
        _host.Environment["SCHEMAGATE_TAGS"] = "a, b";
        var (build, outcome, _) = await Run("--retries", "3", "--ratio", "0.25", "--lock-timeout", "2m", "--database-name", "app");

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal(3, build.Retries);
        Assert.Equal(0.25, build.Ratio);
        Assert.Equal(TimeSpan.FromMinutes(2), build.LockTimeout);
        Assert.Equal(["a", "b"], build.Tags);
        Assert.Equal("app", build.Db);
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData("30s", 30)]
    [InlineData("1.5m", 90)]
    [InlineData("1h", 3600)]
    [InlineData("500ms", 0.5)]
    [InlineData("00:02:00", 120)]
    public async Task Durations_accept_seconds_and_suffixes(string text, double seconds)
    {
        var (build, _, _) = await Run("--lock-timeout", text);

        Assert.Equal(TimeSpan.FromSeconds(seconds), build.LockTimeout);
    }

    [Fact]
    public async Task A_list_takes_every_value_up_to_the_next_option()
    {
        var (build, _, _) = await Run("--tags", "x", "y", "--retries", "2");

        Assert.Equal(["x", "y"], build.Tags);
        Assert.Equal(2, build.Retries);
    }

    [Fact]
    public async Task A_list_from_parameters_json_is_a_json_array()
    {
        _host.WriteParameters("""{ "Tags": ["one", "two"] }""");
        var (build, _, _) = await Run();

        Assert.Equal(["one", "two"], build.Tags);
    }

    [Fact]
    public async Task An_unknown_parameter_is_exit_2_listing_the_valid_ones()
    {
        var (build, outcome, output) = await Run("--prod-ulr", "x");

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("--prod-ulr", output);
        Assert.Contains("--prod-url", output);
        Assert.Contains("--migrations-dir", output);
        Assert.False(build.Ran);
    }

    [Fact]
    public async Task An_unknown_key_in_parameters_json_is_exit_2()
    {
        _host.WriteParameters("""{ "MigrationDir": "x" }""");
        var (_, outcome, output) = await Run();

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("MigrationDir", output);
    }

    [Fact]
    public async Task A_secret_in_parameters_json_is_refused_without_printing_it()
    {
        _host.WriteParameters("""{ "ProdUrl": "postgres://app:hunter2@prod/db" }""");
        var (build, outcome, output) = await Run();

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("--prod-url", output);
        Assert.Contains("PROD_URL", output);
        Assert.DoesNotContain("hunter2", output);
        Assert.False(build.Ran);
    }

    [Fact]
    public async Task A_secret_in_a_profile_file_is_refused_too()
    {
        _host.WriteParameters("""{ "prod-url": "postgres://app:hunter2@prod/db" }""", "ci");
        var (_, outcome, _) = await Run("--profile", "ci");

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
    }

    [Fact]
    public async Task Secrets_from_the_environment_bind_and_are_registered_for_redaction()
    {
        _host.Environment["PROD_URL"] = "postgres://app:hunter2@prod/db";
        var build = new RedactionProbeBuild();
        var (outcome, output) = await _host.RunAsync(build, ["Echo"]);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal("postgres://app:hunter2@prod/db", build.ProdUrl);
        Assert.Contains("url is ***", output);
        Assert.DoesNotContain("hunter2", output);
    }
}

internal sealed class RedactionProbeBuild : BuildHost
{
    [Parameter("Production URL", Secret = true, EnvironmentNames = ["PROD_URL"])] public string? ProdUrl = null;

    public Target Echo => _ => _.Executes(() => Log.WriteLine($"url is {ProdUrl}"));
}
