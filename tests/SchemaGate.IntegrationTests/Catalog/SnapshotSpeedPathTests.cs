using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Catalog;

/// <summary>
/// The snapshot's speed paths must not change what it says: index definitions built in bulk equal
/// pg_get_indexdef, defaults deparsed without their table equal pg_get_expr with it, and spreading the queries over
/// several connections (or failing to) gives the same bytes as one connection.
/// </summary>
public sealed class SnapshotSpeedPathTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    // Indexes of every shape the bulk path must either reproduce or hand to pg_get_indexdef.
    private const string Ddl = """
        CREATE SCHEMA app;
        CREATE SCHEMA "Odd Schema";
        CREATE DOMAIN app.pos AS int CHECK (VALUE > 0);
        CREATE TYPE app.mood AS ENUM ('sad', 'ok');
        CREATE TABLE app.t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code varchar(20) NOT NULL DEFAULT 'x',
            k int DEFAULT 42, "Mixed Case" text COLLATE "C", m app.mood DEFAULT 'ok', p app.pos, tags text[],
            b bpchar(3), at timestamptz DEFAULT now(), g int GENERATED ALWAYS AS (k * 2) STORED, n numeric(10,2) DEFAULT 1.5,
            UNIQUE NULLS NOT DISTINCT (k) INCLUDE (code));
        CREATE TABLE "Odd Schema"."Odd Table" ("Id" int PRIMARY KEY, "select" text, d date, v varchar, pt point);
        CREATE TABLE app.part (id int, at date NOT NULL) PARTITION BY RANGE (at);
        CREATE TABLE app.part_2020 PARTITION OF app.part FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
        CREATE INDEX ON app.t (code);
        CREATE INDEX ON app.t (code, k, at, n);
        CREATE INDEX ON app.t (lower(code));
        CREATE INDEX ON app.t (code DESC NULLS LAST, k NULLS FIRST);
        CREATE INDEX ON app.t (code varchar_pattern_ops);
        CREATE INDEX ON app.t (code text_pattern_ops);
        CREATE INDEX ON app.t ("Mixed Case");
        CREATE INDEX ON app.t ("Mixed Case" COLLATE "POSIX");
        CREATE INDEX ON app.t USING hash (code);
        CREATE INDEX ON app.t USING gin (tags);
        CREATE INDEX ON app.t USING brin (at);
        CREATE INDEX ON app.t (k) WHERE k > 10;
        CREATE INDEX ON app.t (k) INCLUDE (code);
        CREATE INDEX ON app.t (k) WITH (fillfactor = 70);
        CREATE UNIQUE INDEX ON app.t (m);
        CREATE INDEX ON app.t (m);
        CREATE INDEX ON app.t (p);
        CREATE INDEX ON app.t (b);
        CREATE INDEX ON app.t (b bpchar_pattern_ops);
        CREATE INDEX ON "Odd Schema"."Odd Table" ("select", d, v);
        CREATE INDEX ON "Odd Schema"."Odd Table" USING gist (pt);
        CREATE INDEX ON app.part (id);
        CREATE INDEX ON ONLY app.part (at);
        CREATE MATERIALIZED VIEW app.mv AS SELECT id, code FROM app.t;
        CREATE INDEX ON app.mv (code);
        """;

    [Fact]
    public async Task Index_definitions_and_defaults_are_exactly_what_the_server_deparses()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = cts.Token;
        await using var db = await CaseDatabase.CreateAsync(server, "cat-speed", Ddl, ct);
        var snapshot = await db.SnapshotAsync(SnapshotOptions.Default, ct);

        var indexes = await RowsAsync(db, """
            SELECT n.nspname || '.' || c.relname, pg_get_indexdef(i.indexrelid)
              FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname IN ('app', 'Odd Schema') AND NOT c.relispartition
               AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
            """, ct);
        Assert.True(indexes.Count >= 22, $"expected the case's indexes, got {indexes.Count}");
        foreach (var (identity, definition) in indexes)
            Assert.Equal(definition, snapshot.Find(ObjectKind.Index, identity)?[AttributeNames.Definition]);
        Assert.Equal(indexes.Count, snapshot.OfKind(ObjectKind.Index).Count());

        var defaults = await RowsAsync(db, """
            SELECT n.nspname || '.' || c.relname || '.' || a.attname, pg_get_expr(d.adbin, d.adrelid)
              FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
              JOIN pg_class c ON c.oid = d.adrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'app' AND a.attgenerated = '' AND NOT c.relispartition
            """, ct);
        Assert.True(defaults.Count >= 5, $"expected the case's defaults, got {defaults.Count}");
        foreach (var (identity, text) in defaults)
            Assert.Equal(text, snapshot.Find(ObjectKind.Column, identity)?["default"]);
        Assert.Equal("(k * 2)", snapshot.Find(ObjectKind.Column, "app.t.g")?["generated"]);
        Assert.Null(snapshot.Find(ObjectKind.Column, "app.t.g")?["default"]);
    }

    [Fact]
    public async Task One_connection_many_connections_and_a_refused_extra_connection_give_the_same_bytes()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = cts.Token;
        var role = "sg_cat_one_" + Guid.NewGuid().ToString("N")[..10];
        await using var db = await CaseDatabase.CreateAsync(server, "cat-lanes", Ddl, ct);
        await ExecAsync(db, $"CREATE ROLE {role} LOGIN CONNECTION LIMIT 1", ct);
        try
        {
            var one = SnapshotJson.WriteToString(await db.SnapshotAsync(SnapshotOptions.Default with { MaxConnections = 1 }, ct));
            var four = SnapshotJson.WriteToString(await db.SnapshotAsync(SnapshotOptions.Default with { MaxConnections = 4 }, ct));
            Assert.Equal(one, four);

            // A role allowed a single connection: the clones are refused, the given connection does all the work.
            var limited = db.Url.With(b =>
            {
                b.Username = role;
                b.Password = null;
                b.Pooling = false;
                b.Options = "-c default_transaction_read_only=on";
            });
            await using var conn = new NpgsqlConnection(limited.ConnectionString);
            await conn.OpenAsync(ct);
            var alone = await new SnapshotReader().ReadAsync(conn, SnapshotOptions.Default with { MaxConnections = 3 }, ct);
            Assert.Equal(one, SnapshotJson.WriteToString(alone));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(db, $"DROP ROLE IF EXISTS {role}", CancellationToken.None);
        }
    }

    [Fact]
    public async Task Prepared_snapshots_in_one_batch_equal_the_plain_one_and_see_each_change_on_the_same_connection()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = cts.Token;
        await using var db = await CaseDatabase.CreateAsync(server, "cat-prep", Ddl, ct);
        var plain = SnapshotJson.WriteToString(await db.SnapshotAsync(SnapshotOptions.Default with { MaxConnections = 1 }, ct));

        var prepared = SnapshotOptions.Default with { MaxConnections = 1, Prepare = true };
        await using var conn = new NpgsqlConnection(db.Url.ConnectionString);
        await conn.OpenAsync(ct);
        var reader = new SnapshotReader();
        Assert.Equal(plain, SnapshotJson.WriteToString(await reader.ReadAsync(conn, prepared, ct)));

        // The statements stay prepared on the connection: the second read reuses them and still sees what changed.
        await using (var alter = new NpgsqlCommand("ALTER TABLE app.t ADD COLUMN extra int; CREATE INDEX t_extra_idx ON app.t (extra)", conn))
            await alter.ExecuteNonQueryAsync(ct);
        var second = await reader.ReadAsync(conn, prepared, ct);
        Assert.NotNull(second.Find(ObjectKind.Column, "app.t.extra"));
        Assert.NotNull(second.Find(ObjectKind.Index, "app.t_extra_idx"));
        Assert.Equal(SnapshotJson.WriteToString(await db.SnapshotAsync(SnapshotOptions.Default, ct)), SnapshotJson.WriteToString(second));
    }

    [Fact]
    public async Task A_schema_over_the_threshold_reports_its_progress_and_a_smaller_one_stays_quiet()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = cts.Token;
        await using var db = await CaseDatabase.CreateAsync(server, "cat-progress", Ddl, ct);
        var lines = new List<string>();
        var quiet = await db.SnapshotAsync(SnapshotOptions.Default with { Progress = lines.Add }, ct); // 4 tables, threshold 1,000
        Assert.Empty(lines);

        var loud = await db.SnapshotAsync(SnapshotOptions.Default with { Progress = l => { lock (lines) lines.Add(l); }, ProgressFromTables = 3 }, ct);
        Assert.Equal(SnapshotJson.WriteToString(quiet), SnapshotJson.WriteToString(loud));
        Assert.StartsWith("Reading the schema catalog: 4 tables, ", lines[0], StringComparison.Ordinal);
        var queries = int.Parse(lines[0].Split(", ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(queries + 1, lines.Count);
        Assert.Contains(lines, l => l.Contains($"catalog {queries}/{queries} read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extra_connections_see_the_moment_the_given_connection_exported()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = cts.Token;
        await using var db = await CaseDatabase.CreateAsync(server, "cat-moment", "CREATE TABLE a (id int PRIMARY KEY);", ct);
        await using var conn = new NpgsqlConnection(db.Url.ConnectionString);
        await conn.OpenAsync(ct);
        var before = SnapshotJson.WriteToString(await new SnapshotReader().ReadAsync(conn, SnapshotOptions.Default with { MaxConnections = 1 }, ct));

        // The table changes (and the change commits) after the snapshot was exported but before the clones start:
        // every connection must still describe the table as it was at the export.
        var reader = new SnapshotReader
        {
            SnapshotExported = token => ExecAsync(db, "ALTER TABLE a ADD COLUMN b text; CREATE INDEX a_b_idx ON a (b); CREATE TABLE c (id int);", token),
        };
        var during = await reader.ReadAsync(conn, SnapshotOptions.Default with { MaxConnections = 4 }, ct);
        Assert.Equal(before, SnapshotJson.WriteToString(during));

        var after = await new SnapshotReader().ReadAsync(conn, SnapshotOptions.Default with { MaxConnections = 4 }, ct);
        Assert.NotNull(after.Find(ObjectKind.Column, "public.a.b"));
        Assert.NotNull(after.Find(ObjectKind.Index, "public.a_b_idx"));
        Assert.NotNull(after.Find(ObjectKind.Table, "public.c"));
    }

    [Fact]
    public async Task The_snapshot_never_jit_compiles_its_catalog_queries_even_where_the_database_asks_for_jit_on_everything()
    {
        // A production server with jit on compiles any query the planner costs above jit_above_cost; the catalog
        // queries' estimates are often far off, and compiling one took 0.7 s (more than the query itself).
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = cts.Token;
        await using var db = await CaseDatabase.CreateAsync(server, "cat-jit", Ddl, ct);
        var name = db.Url.Database;
        await ExecAsync(db, $"""
            ALTER DATABASE "{name}" SET jit = on;
            ALTER DATABASE "{name}" SET jit_above_cost = 0;
            ALTER DATABASE "{name}" SET jit_inline_above_cost = -1;
            ALTER DATABASE "{name}" SET jit_optimize_above_cost = -1;
            ALTER DATABASE "{name}" SET pg_stat_statements.track = 'all';
            CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
            """, ct);
        var fresh = db.Url.With(b => b.Pooling = false); // new sessions, which take the database's settings

        await using var conn = new NpgsqlConnection(fresh.ConnectionString);
        await conn.OpenAsync(ct);
        // The counting session itself runs without jit, so its own queries add nothing to the count.
        await using var probe = new NpgsqlConnection(fresh.With(b => b.Options = "-c jit=off").ConnectionString);
        await probe.OpenAsync(ct);
        async Task<long> JitFunctionsAsync()
        {
            await using var cmd = new NpgsqlCommand(
                "SELECT coalesce(sum(jit_functions), 0)::bigint FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())", probe);
            return (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        await using (var reset = new NpgsqlCommand("SELECT pg_stat_statements_reset()", probe)) await reset.ExecuteNonQueryAsync(ct);

        // The control: a plain session of this database does compile a catalog query.
        await using (var plain = new NpgsqlCommand("SELECT count(*) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid", conn))
            await plain.ExecuteScalarAsync(ct);
        var control = await JitFunctionsAsync();
        Assert.True(control > 0, "jit did not compile a plain query on this server (pg_jit_available() false?), so this test shows nothing");

        var snapshot = await new SnapshotReader().ReadAsync(conn, SnapshotOptions.Default with { MaxConnections = 3 }, ct);
        Assert.NotNull(snapshot.Find(ObjectKind.Table, "app.t"));
        Assert.Equal(control, await JitFunctionsAsync());
    }

    private static async Task<List<(string, string)>> RowsAsync(CaseDatabase db, string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(db.Url.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<(string, string)>();
        while (await r.ReadAsync(ct)) rows.Add((r.GetString(0), r.GetString(1)));
        return rows;
    }

    private static async Task ExecAsync(CaseDatabase db, string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(db.Url.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
