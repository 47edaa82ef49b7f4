using System.Collections.Concurrent;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Tests.Rules.CorpusFormat;

namespace SchemaGate.IntegrationTests.Corpus;

/// <summary>
/// The rule corpus, traced: every case (but those marked <c>-- traced: skip</c>) runs through ApplyMigrations and
/// DiffAgainstProd against a production that holds its setup and rows, several at a time on the one fixture server (a
/// database per case), and must report exactly its static ids plus what <c>-- expect-traced:</c> adds, less what it
/// withdraws. Every case runs; the failures are reported together.
/// </summary>
public sealed class TracedCorpusTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static int Parallelism => int.TryParse(Environment.GetEnvironmentVariable("SCHEMAGATE_CORPUS_PARALLEL"), out var n) ? n : 4;

    [Fact]
    public async Task Every_corpus_case_traced_against_production_reports_what_it_expects()
    {
        // SCHEMAGATE_CORPUS_FILTER=SG308/ runs only the cases whose id contains it (while working on a rule).
        var filter = Environment.GetEnvironmentVariable("SCHEMAGATE_CORPUS_FILTER");
        var cases = SchemaGate.Tests.Rules.CorpusFormat.Corpus.Load()
            .Where(c => c.TracedSkip is null && (filter is null || c.Id.Contains(filter, StringComparison.Ordinal))).ToList();
        var failures = new ConcurrentBag<string>();
        await using var productions = new ProductionCases(fixture, cases.Select(c => c.Setup));
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (@case, ct) =>
        {
            try
            {
                var findings = await productions.RunAsync(@case.Setup, @case.ChangeScripts(), ct: ct);
                // Static expectations keep their lines (objects may be spelled differently by the catalog); traced ones keep both.
                var located = @case.Expect.Where(e => !@case.TracedWithdraws.Contains(e.RuleId) && e.Line is not null)
                    .Select(e => e with { Object = null }).Concat(@case.TracedExpect);
                foreach (var problem in CorpusLint.Mismatches(@case.ExpectedTraced, located, findings, @case.Not))
                    failures.Add($"{@case.Id}: {problem}");
            }
            catch (Exception ex)
            {
                failures.Add($"{@case.Id}: {ex.GetType().Name}: {ex.Message}");
            }
        });
        Assert.True(failures.IsEmpty, $"{failures.Count} of {cases.Count} traced case(s) failed:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }
}
