using SchemaGate.Generation;
using SchemaGate.IntegrationTests.Catalog;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Generation;

/// <summary>
/// Validation: a database source is copied by rebuilding it from its snapshot (checked against it) and the script is
/// applied there; the traced analysis annotates what only running shows; a script that does not give the target is
/// never presented as correct; --online false writes one script with plain forms.
/// </summary>
public sealed class MigrationValidatorTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    private const string From = """
        CREATE TYPE mood AS ENUM ('sad', 'ok', 'meh');
        CREATE TABLE people (id int PRIMARY KEY, m mood DEFAULT 'ok', note text, email text);
        CREATE VIEW ok_people AS SELECT id FROM people WHERE m = 'ok';
        CREATE INDEX people_note ON people (note);
        """;

    private const string To = """
        CREATE TYPE mood AS ENUM ('sad', 'ok');
        CREATE TABLE people (id int PRIMARY KEY, m mood DEFAULT 'ok', email text NOT NULL);
        CREATE VIEW ok_people AS SELECT id FROM people WHERE m = 'ok';
        CREATE INDEX people_email ON people (email);
        """;

    [Fact]
    public async Task A_database_source_is_rebuilt_from_its_snapshot_and_the_script_validated_and_annotated()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = cts.Token;
        await using var a = await CaseDatabase.CreateAsync(server, "val-a", From, ct);
        await using var b = await CaseDatabase.CreateAsync(server, "val-b", To, ct);
        await using var generator = GenerationFixture.Generator(server);

        var result = await generator.GenerateAsync(new DatabaseSource(a.Url), new DatabaseSource(b.Url), ct);

        Assert.True(result.Validation.Passed, result.Scripts.Main.Text);
        Assert.Contains("rebuilt from its snapshot", result.Validation.CopyMethod, StringComparison.Ordinal);
        var main = result.Scripts.Main.Text;
        Assert.Contains("ALTER TYPE public.mood RENAME TO mood__sg_old", main, StringComparison.Ordinal);
        Assert.Contains("-- SG202 error:", main, StringComparison.Ordinal);
        // The traced run on the copy saw the column go too: the static annotation says it was confirmed.
        Assert.Contains("-- SG202 error: DROP COLUMN (confirmed when the script ran on the copy)", main, StringComparison.Ordinal);
        var online = Assert.IsType<RenderedScript>(result.Scripts.Online);
        Assert.StartsWith("-- schemagate:no-transaction\n", online.Text, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX CONCURRENTLY people_email", online.Text, StringComparison.Ordinal);
        // The index on a dropped column must go before the column does, in the main script, so it is dropped plainly there.
        Assert.Contains("DROP INDEX public.people_note;", main, StringComparison.Ordinal);
        Assert.True(main.IndexOf("DROP INDEX public.people_note;", StringComparison.Ordinal) < main.IndexOf("DROP COLUMN note", StringComparison.Ordinal));
        Assert.Contains("VALIDATE CONSTRAINT email__sg_not_null", online.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Online_false_gives_one_transactional_script_with_plain_forms()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = cts.Token;
        await using var a = await CaseDatabase.CreateAsync(server, "val-a", From, ct);
        await using var b = await CaseDatabase.CreateAsync(server, "val-b", To, ct);
        await using var generator = GenerationFixture.Generator(server, online: false);

        var result = await generator.GenerateAsync(new DatabaseSource(a.Url), new DatabaseSource(b.Url), ct);

        Assert.True(result.Validation.Passed, result.Scripts.Main.Text);
        Assert.Null(result.Scripts.Online);
        Assert.Contains("CREATE INDEX people_email ON public.people", result.Scripts.Main.Text, StringComparison.Ordinal);
        Assert.Contains("-- SG301 warning:", result.Scripts.Main.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("INDEX CONCURRENTLY", result.Scripts.Main.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT VALID", result.Scripts.Main.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_that_does_not_give_the_target_says_NOT_VALIDATED_and_lists_what_remains()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = cts.Token;
        await using var a = await CaseDatabase.CreateAsync(server, "val-a", "CREATE TABLE t (a int);", ct);
        await using var b = await CaseDatabase.CreateAsync(server, "val-b", "CREATE TABLE t (a int); COMMENT ON TABLE t IS 'x';", ct);
        await using var generator = GenerationFixture.Generator(server);
        var source = await generator.ResolveAsync(new DatabaseSource(a.Url), "--from", ct);
        var target = await generator.ResolveAsync(new DatabaseSource(b.Url), "--to", ct);
        // A target the generator cannot reach: a column type no server has.
        var impossible = target with
        {
            Snapshot = new SchemaGate.Catalog.SchemaSnapshot(target.Snapshot.ServerVersion, target.Snapshot.ServerMajor,
                target.Snapshot.Objects.Select(o => o.Kind == SchemaGate.Catalog.ObjectKind.Column
                    ? o with { Attributes = SchemaGate.Catalog.AttributeMap.From(o.Attributes.Select(p => p.Key == "type" ? new KeyValuePair<string, string>("type", "no_such_type") : p)) }
                    : o)),
        };

        var result = await generator.GenerateAsync(source, impossible, null, ct);

        Assert.False(result.Validation.Passed);
        Assert.StartsWith("-- NOT VALIDATED:", result.Scripts.Main.Text, StringComparison.Ordinal);
        Assert.Contains("the script failed:", result.Scripts.Main.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_source_is_validated_on_the_part_the_script_touches_and_what_uses_it()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = cts.Token;
        var tables = string.Join("\n", Enumerable.Range(1, 40).Select(i =>
            $"CREATE TABLE t{i} (id int PRIMARY KEY, parent_id int REFERENCES t{Math.Max(1, i - 1)}, amount int, note text);"));
        await using var a = await CaseDatabase.CreateAsync(server, "scope-a", tables + " CREATE VIEW big AS SELECT id FROM t20 WHERE amount > 10;", ct);
        await using var b = await CaseDatabase.CreateAsync(server, "scope-b",
            tables.Replace("CREATE TABLE t20 (id int PRIMARY KEY, parent_id int REFERENCES t19, amount int,", "CREATE TABLE t20 (id int PRIMARY KEY, parent_id int REFERENCES t19, amount bigint,", StringComparison.Ordinal)
            + " CREATE VIEW big AS SELECT id FROM t20 WHERE amount > 10;", ct);
        await using var generator = GenerationFixture.Generator(server, copy: ValidationCopy.Scoped);

        var result = await generator.GenerateAsync(new DatabaseSource(a.Url), new DatabaseSource(b.Url), ct);

        Assert.True(result.Validation.Passed, result.Scripts.Main.Text);
        Assert.StartsWith("a partial copy of the source", result.Validation.CopyMethod, StringComparison.Ordinal);
        var total = (await generator.ResolveAsync(new DatabaseSource(a.Url), "--from", ct)).Snapshot.Objects.Count;
        var scoped = int.Parse(System.Text.RegularExpressions.Regex.Match(result.Validation.CopyMethod, @"the (\d+) of").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(scoped < total / 3, $"{scoped} of {total} objects copied");
        Assert.True(result.Scripts.Main.Text.IndexOf("DROP VIEW public.big", StringComparison.Ordinal) <
                    result.Scripts.Main.Text.IndexOf("ALTER COLUMN amount TYPE bigint", StringComparison.Ordinal));
    }
}
