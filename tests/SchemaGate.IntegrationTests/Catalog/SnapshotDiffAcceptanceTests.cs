using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Catalog;

/// <summary>
/// The table-driven acceptance suite: for each case, A and B are applied to fresh databases (A twice), snapshotted,
/// and diffed. Also checks that A against A is empty, that the JSON of one database is byte-identical twice and
/// survives a write/read round trip, and that diff(B, A) mirrors diff(A, B). The cases run in parallel on the one
/// server (databases of their own each); every failing case is named with what it got.
/// </summary>
public sealed class SnapshotDiffAcceptanceTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public void The_suite_has_at_least_sixty_distinct_cases()
    {
        Assert.True(DiffCases.All.Count >= 60, $"only {DiffCases.All.Count} cases");
        Assert.Equal(DiffCases.All.Count, DiffCases.All.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public async Task Diff_of_A_and_B_is_the_expected_list_for_every_case()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(DiffCases.All, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cts.Token }, async (c, ct) =>
        {
            try
            {
                await CheckAsync(c, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add($"== {c.Name}\n{ex.Message}");
            }
        });
        Assert.True(failures.IsEmpty, $"{failures.Count} of {DiffCases.All.Count} case(s) failed:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }

    private async Task CheckAsync(DiffCase c, CancellationToken ct)
    {
        CaseRoles? roles = c.NeedsRoles ? await CaseRoles.CreateAsync(server, ct) : null;
        try
        {
            var ddlA = roles?.Apply(c.A) ?? c.A;
            var ddlB = roles?.Apply(c.B) ?? c.B;
            SchemaSnapshot a1, a1Again, a2, b;
            await using (var dbA = await CaseDatabase.CreateAsync(server, "cat-a", ddlA, ct))
            await using (var dbA2 = await CaseDatabase.CreateAsync(server, "cat-a2", ddlA, ct))
            await using (var dbB = await CaseDatabase.CreateAsync(server, "cat-b", ddlB, ct))
            {
                a1 = await dbA.SnapshotAsync(c.Snapshot, ct);
                a1Again = await dbA.SnapshotAsync(c.Snapshot, ct);
                a2 = await dbA2.SnapshotAsync(c.Snapshot, ct);
                b = await dbB.SnapshotAsync(c.Snapshot, ct);
            }

            var actual = SchemaDiff.Compare(a1, b, c.Diff).Select(x => Describe(x, roles)).ToList();
            Assert.Equal(c.Expected, actual);

            Assert.Empty(SchemaDiff.Compare(a1, a2, c.Diff with { IgnoreOwners = false }));

            var json = SnapshotJson.WriteToString(a1);
            Assert.Equal(json, SnapshotJson.WriteToString(a1Again));
            var roundTrip = RoundTrip(a1);
            Assert.Equal(json, SnapshotJson.WriteToString(roundTrip));
            Assert.Empty(SchemaDiff.Compare(a1, roundTrip, c.Diff with { IgnoreOwners = false }));

            var reverse = SchemaDiff.Compare(b, a1, c.Diff).Select(x => Describe(Mirror(x), roles)).ToList();
            Assert.Equal(c.Expected, reverse);
        }
        finally
        {
            if (roles is not null) await roles.DisposeAsync();
        }
    }

    private static SchemaSnapshot RoundTrip(SchemaSnapshot s)
    {
        using var ms = new MemoryStream();
        SnapshotJson.Write(s, ms);
        ms.Position = 0;
        return SnapshotJson.Read(ms);
    }

    private static SchemaChange Mirror(SchemaChange c) => c with
    {
        Kind = c.Kind switch { ChangeKind.Added => ChangeKind.Removed, ChangeKind.Removed => ChangeKind.Added, _ => c.Kind },
    };

    private static string Describe(SchemaChange c, CaseRoles? roles)
    {
        var text = c.ToString();
        return roles is null ? text : text.Replace(roles.R1, "{r1}", StringComparison.Ordinal).Replace(roles.R2, "{r2}", StringComparison.Ordinal);
    }
}
