using SchemaGate.IntegrationTests.Catalog;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Generation;

/// <summary>
/// The generation corpus (Generation/Corpus/*.sql): for every case, a migration generated from the source's and the
/// target's snapshots, applied to the source, leaves no difference from the target; every seventh case is also
/// validated by the generator itself on a partial copy. The cases run in parallel on the one server, a pair of
/// databases each.
/// </summary>
public sealed class GenerationCorpusTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public void The_corpus_has_at_least_two_hundred_distinct_cases()
    {
        Assert.True(CorpusCase.All.Count >= 200, $"only {CorpusCase.All.Count} cases");
        Assert.Equal(CorpusCase.All.Count, CorpusCase.All.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public async Task Every_case_generated_and_applied_leaves_no_difference()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var filter = Environment.GetEnvironmentVariable("SG_CORPUS_FILTER");
        var cases = CorpusCase.All.Where(c => filter is null || c.Id.Contains(filter, StringComparison.Ordinal)).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var roles = await CaseRoles.CreateAsync(server, cts.Token);
        try
        {
            await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cts.Token }, async (c, ct) =>
            {
                try
                {
                    // Every seventh case is also validated by the generator on a partial copy (what large sources get).
                    var scoped = ((IList<CorpusCase>)CorpusCase.All).IndexOf(c) % 7 == 0;
                    if (await CorpusRun.RunAsync(server, c, c.NeedsRoles ? roles : null, online: true, ct, scoped) is { } problem)
                        failures.Add($"== {c.Id}\n{problem}");
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures.Add($"== {c.Id}\n{ex.GetType().Name}: {ex.Message}");
                }
            });
        }
        finally
        {
            await roles.DisposeAsync();
        }
        Assert.True(failures.IsEmpty, $"{failures.Count} of {cases.Count} case(s) failed:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }
}
