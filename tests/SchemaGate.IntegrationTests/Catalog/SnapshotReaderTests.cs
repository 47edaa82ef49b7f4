using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Catalog;

public sealed class SnapshotReaderTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    private const string Ddl = """
        CREATE EXTENSION pgcrypto;
        CREATE TABLE t (id int PRIMARY KEY, b text DEFAULT 'x', CONSTRAINT b_len CHECK (length(b) < 10));
        CREATE INDEX t_b_idx ON t (b) WHERE b IS NOT NULL;
        CREATE VIEW v AS SELECT id FROM t;
        CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
        REVOKE ALL ON t FROM PUBLIC;
        """;

    [Fact]
    public async Task A_read_only_session_of_a_role_that_can_only_read_catalogs_gives_the_same_snapshot()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = cts.Token;
        var role = "sg_cat_ro_" + Guid.NewGuid().ToString("N")[..10];
        await using var db = await CaseDatabase.CreateAsync(server, "cat-ro", Ddl, ct);
        await ExecAsync(server.AdminUrl.ConnectionString, $"CREATE ROLE {role} LOGIN", ct);
        try
        {
            var asAdmin = await db.SnapshotAsync(SnapshotOptions.Default, ct);
            var readOnly = db.Url.With(b =>
            {
                b.Username = role;
                b.Password = null;
                b.Options = "-c default_transaction_read_only=on";
            });
            await using var conn = new NpgsqlConnection(readOnly.ConnectionString);
            await conn.OpenAsync(ct);
            var asReader = await new SnapshotReader().ReadAsync(conn, SnapshotOptions.Default, ct);

            Assert.Empty(SchemaDiff.Compare(asAdmin, asReader, DiffOptions.Default with { IgnoreOwners = false }));
            Assert.Contains(asReader.Objects, o => o.Kind == ObjectKind.Function && o.Identity == "public.f(x integer)");
            Assert.Equal(SnapshotJson.WriteToString(asAdmin), SnapshotJson.WriteToString(asReader));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await db.DisposeAsync();
            await ExecAsync(server.AdminUrl.ConnectionString, $"DROP ROLE IF EXISTS {role}", CancellationToken.None);
        }
    }

    [Fact]
    public async Task Extension_objects_are_left_out_and_the_server_version_is_recorded()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var db = await CaseDatabase.CreateAsync(server, "cat-ext", Ddl, cts.Token);
        var s = await db.SnapshotAsync(SnapshotOptions.Default, cts.Token);

        Assert.Contains(s.Objects, o => o.Kind == ObjectKind.Extension && o.Identity == "pgcrypto");
        Assert.DoesNotContain(s.Objects, o => o.Kind == ObjectKind.Function && o.Identity.StartsWith("public.gen_random", StringComparison.Ordinal));
        Assert.Equal(["public.f(x integer)"], s.OfKind(ObjectKind.Function).Select(o => o.Identity));
        Assert.True(s.ServerMajor >= 13);
        Assert.StartsWith(s.ServerMajor.ToString(System.Globalization.CultureInfo.InvariantCulture), s.ServerVersion);
        Assert.Equal("'x'::text", s.Find(ObjectKind.Column, "public.t.b")?["default"]);
        Assert.Equal("(b IS NOT NULL)", s.Find(ObjectKind.Index, "public.t_b_idx")?["predicate"]);
    }

    private static async Task ExecAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
