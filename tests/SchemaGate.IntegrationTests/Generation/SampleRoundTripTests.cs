using SchemaGate.Generation;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Generation;

/// <summary>
/// The sample application's migrations round-tripped through generation: from an empty database to the head, from
/// the head back to version 5 and from version 5 forward to the head again, each generated and validated (applied to
/// the source rebuilt from its own migrations, the result compared with the target).
/// </summary>
public sealed class SampleRoundTripTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    [Theory]
    [InlineData("migrations@0", "migrations")]
    [InlineData("migrations", "migrations@5")]
    [InlineData("migrations@5", "migrations")]
    public async Task The_sample_round_trips_through_generation(string from, string to)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var generator = GenerationFixture.Generator(server);

        var result = await generator.GenerateAsync(SchemaSource.Parse(from, "--from"), SchemaSource.Parse(to, "--to"), cts.Token);

        Assert.True(result.HasChanges);
        Assert.True(result.Validation.Passed, result.Scripts.Main.Text);
        Assert.Contains("the result equals the target", result.Scripts.Main.Text, StringComparison.Ordinal);
        Assert.Contains("a copy of the source (its", result.Validation.CopyMethod, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Going_back_to_version_5_drops_the_tables_of_later_migrations_and_says_so_on_each_drop()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var generator = GenerationFixture.Generator(server);

        var result = await generator.GenerateAsync(SchemaSource.Parse("migrations", "--from"), SchemaSource.Parse("migrations@5", "--to"), cts.Token);

        var text = result.Scripts.Main.Text;
        Assert.Contains("DROP TABLE public.campaign_agents;", text, StringComparison.Ordinal);
        var drop = text.IndexOf("DROP TABLE public.campaign_agents;", StringComparison.Ordinal);
        Assert.Contains("-- SG201 error:", text[..drop], StringComparison.Ordinal);
        Assert.Contains(result.Rules, r => r.RuleId == "SG201");
        // The view is dropped before the column it reads is, the trigger before its function.
        Assert.True(text.IndexOf("DROP VIEW public.active_agents", StringComparison.Ordinal) < text.IndexOf("DROP TABLE", StringComparison.Ordinal) ||
                    !text.Contains("DROP COLUMN", StringComparison.Ordinal));
        Assert.True(text.IndexOf("DROP TRIGGER feature_flags_touch", StringComparison.Ordinal) < text.IndexOf("DROP FUNCTION public.touch_updated_at", StringComparison.Ordinal));
    }
}
