using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Source;
using SchemaGate.Plan;

namespace SchemaGate.Drift;

/// <summary>
/// Lets DiffAgainstProd apply pending scripts in batches with one snapshot per batch instead of one per script, and still
/// say exactly what each script changed. Two event triggers on the scratch database (<c>ddl_command_end</c> and
/// <c>sql_drop</c>, which also see DDL run inside DO blocks, functions and dynamic SQL) write down which objects each
/// transaction created, altered or dropped. After a batch, each object the snapshot holds is traced to its root (a
/// table for its columns, constraints, indexes, triggers and policies; a function by its name), each script to the roots
/// its transaction touched, and the batch's changes are split by root. The split is used only when it is provably the
/// same as a snapshot after every script: no root touched by two scripts of the batch, every change of the batch on a
/// root exactly one script touched, and no event it could not name. Otherwise the caller takes the batch again script by
/// script (<see cref="MustRunAlone"/> scripts are never batched).
/// </summary>
internal sealed class DdlProbe
{
    private DdlProbe(string schema) => Schema = schema;

    /// <summary>Why the last split was refused (for tests and diagnostics).</summary>
    public string? Refusal { get; private set; }

    /// <summary>The probe's own schema (a random name), left out of the scratch snapshots.</summary>
    public string Schema { get; }

    /// <summary>Installs the probe; null when the session may not create event triggers (not a superuser): then nothing is batched.</summary>
    public static async Task<DdlProbe?> TryInstallAsync(DatabaseUrl scratch, CancellationToken ct, string? schemaName = null)
    {
        var schema = schemaName ?? "sg_probe_" + Guid.NewGuid().ToString("N")[..12];
        // SECURITY DEFINER: a script that switched to a role of its own still gets its DDL written down; an event the
        // functions cannot name is written as unknown (null), never an error that would fail the script.
        var sql = $$"""
            CREATE SCHEMA {{schema}};
            CREATE TABLE {{schema}}.ddl (xid text NOT NULL, object_type text, names text[]);
            CREATE FUNCTION {{schema}}.on_end() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $f$
            BEGIN
              BEGIN
                INSERT INTO {{schema}}.ddl
                SELECT (txid_current() & 4294967295)::text, a.type, a.object_names
                  FROM pg_event_trigger_ddl_commands() c, LATERAL pg_identify_object_as_address(c.classid, c.objid, c.objsubid) a;
              EXCEPTION WHEN OTHERS THEN
                INSERT INTO {{schema}}.ddl VALUES ((txid_current() & 4294967295)::text, NULL, NULL);
              END;
            END $f$;
            CREATE FUNCTION {{schema}}.on_drop() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $f$
            BEGIN
              BEGIN
                INSERT INTO {{schema}}.ddl
                SELECT (txid_current() & 4294967295)::text, d.object_type, d.address_names FROM pg_event_trigger_dropped_objects() d;
              EXCEPTION WHEN OTHERS THEN
                INSERT INTO {{schema}}.ddl VALUES ((txid_current() & 4294967295)::text, NULL, NULL);
              END;
            END $f$;
            CREATE EVENT TRIGGER {{schema}}_end ON ddl_command_end EXECUTE PROCEDURE {{schema}}.on_end();
            CREATE EVENT TRIGGER {{schema}}_drop ON sql_drop EXECUTE PROCEDURE {{schema}}.on_drop();
            """;
        try
        {
            await using var conn = await Sessions.OpenScratchAsync(scratch, ct).ConfigureAwait(false);
            await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (var cmd = new NpgsqlCommand(sql, conn, tx)) await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return new DdlProbe(schema);
        }
        catch (PostgresException)
        {
            return null;
        }
    }

    /// <summary>
    /// The snapshot filter of the scratch database with the probe left out: its schema, and its two event triggers
    /// (database-wide objects in no schema, named after it).
    /// </summary>
    public SnapshotFilter Hide(SnapshotFilter filter) => filter with
    {
        ExcludeSchemas = [.. filter.ExcludeSchemas, Schema],
        ExcludeObjects = [.. filter.ExcludeObjects, $"{nameof(ObjectKind.EventTrigger)}:{Schema}_*"],
    };

    /// <summary>
    /// Scripts whose effect the probe cannot attribute by name: a rename or SET SCHEMA (the event names the object by its
    /// new name only), an extension (its members are created by its script), session_replication_role (replica mode
    /// silences event triggers), and a no-transaction script (several transactions). They are applied on their own, with a snapshot before and after.
    /// </summary>
    public static bool MustRunAlone(MigrationScript script) =>
        script.Directives.NoTransaction ||
        script.Text.Contains("rename", StringComparison.OrdinalIgnoreCase) ||
        script.Text.Contains("extension", StringComparison.OrdinalIgnoreCase) ||
        script.Text.Contains("session_replication_role", StringComparison.OrdinalIgnoreCase) ||
        System.Text.RegularExpressions.Regex.IsMatch(script.Text, @"set\s+schema", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// What each script of the batch (applied in this order, each in its own transaction) changed, or null when the split
    /// cannot be shown to equal a snapshot after every script. Clears what the probe wrote down either way.
    /// </summary>
    public async Task<IReadOnlyList<PendingScriptEffect>?> SplitAsync(DatabaseUrl scratch, JournalOptions journal,
        IReadOnlyList<MigrationScript> batch, SchemaSnapshot before, SchemaSnapshot after, DiffOptions diff, CancellationToken ct)
    {
        var xidOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var events = new List<(string Xid, string? Type, string[]? Names)>();
        await using (var conn = await Sessions.OpenScratchAsync(scratch, ct).ConfigureAwait(false))
        try
        {
            await using (var cmd = new NpgsqlCommand($"SELECT scriptname, xmin::text FROM {journal.QualifiedName} WHERE scriptname = ANY(@names)", conn))
            {
                cmd.Parameters.AddWithValue("names", batch.Select(s => s.FileName).ToArray());
                await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await r.ReadAsync(ct).ConfigureAwait(false)) xidOf[r.GetString(0)] = r.GetString(1);
            }
            await using (var cmd = new NpgsqlCommand($"DELETE FROM {Schema}.ddl RETURNING xid, object_type, names", conn))
            {
                await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await r.ReadAsync(ct).ConfigureAwait(false))
                    events.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetFieldValue<string[]>(2)));
            }
        }
        catch (PostgresException ex)
        {
            // A script dropped the probe (DROP OWNED, DROP SCHEMA ... CASCADE on it): nothing to prove with.
            return Refuse($"the probe could not be read: {ex.MessageText}");
        }

        var scriptOfXid = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            if (!xidOf.TryGetValue(batch[i].FileName, out var xid) || !scriptOfXid.TryAdd(xid, i)) return Refuse($"no transaction of its own for {batch[i].FileName}");
        }

        // What each script's DDL named, in the snapshot's spelling.
        var named = batch.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        foreach (var (xid, type, names) in events)
        {
            // DDL of a transaction that is not one of the batch's scripts, or that could not be named: no proof.
            if (!scriptOfXid.TryGetValue(xid, out var script)) return Refuse($"DDL in transaction {xid}, which is none of the batch's scripts");
            if (type is null || names is null || names.Length == 0) return Refuse($"DDL the probe could not name ({type ?? "unknown"})");
            named[script].Add(Key(type, names));
        }

        // Two scripts naming one object (one creates a table the other drops; two replace one function) may each have
        // changed it, and the snapshots after the batch cannot tell what each did. Past this check every name belongs to
        // exactly one script, so one map answers "which script named it" for each of the snapshots' objects.
        var namedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < named.Length; i++)
            foreach (var key in named[i])
                if (!namedBy.TryAdd(key, i)) return Refuse($"{batch[namedBy[key]].FileName} and {batch[i].FileName} both name {key}");

        // Each object of either snapshot goes to the one script that changed it: the script that named it, or else the
        // one that named its table (ALTER TABLE names the table only). An object named by one script and under a table
        // another altered (unless that other came first and the object is new) could have been changed by both.
        var inBefore = new HashSet<string>(before.Objects.Select(o => o.Kind + " " + o.Identity), StringComparer.Ordinal);
        var mineBefore = batch.Select(_ => new List<SchemaObject>()).ToArray();
        var mineAfter = batch.Select(_ => new List<SchemaObject>()).ToArray();
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        string? conflict = null;
        int OwnerOf(SchemaObject o, string id)
        {
            if (owners.TryGetValue(id, out var known)) return known;
            var explicitOwner = namedBy.GetValueOrDefault(MatchKey(o), -1);
            var implicitOwner = o.Parent is not null ? namedBy.GetValueOrDefault(o.Parent, -1) : -1;
            if (implicitOwner == explicitOwner) implicitOwner = -1; // a script naming the object and its table owns it by name
            if (explicitOwner >= 0 && implicitOwner >= 0 && (implicitOwner > explicitOwner || inBefore.Contains(id)))
            {
                conflict = $"{batch[implicitOwner].FileName} alters {o.Parent} and {batch[explicitOwner].FileName} changes {o.Kind} {o.Identity} on it";
                return -2;
            }
            return owners[id] = explicitOwner >= 0 ? explicitOwner : implicitOwner;
        }
        foreach (var (objects, mine) in new[] { (before.Objects, mineBefore), (after.Objects, mineAfter) })
            foreach (var o in objects)
            {
                var owner = OwnerOf(o, o.Kind + " " + o.Identity);
                if (owner == -2) return Refuse(conflict!);
                if (owner >= 0) mine[owner].Add(o);
            }

        // Every change of the batch must be on an object a script owns (a change implied by a table's addition or
        // removal is not listed, and its table's script owns it); each script's diff then covers exactly its objects.
        var whole = SchemaDiff.Compare(before, after, diff);
        if (whole.FirstOrDefault(c => !owners.TryGetValue(c.ObjectKind + " " + c.Identity, out var w) || w < 0) is { } left)
            return Refuse($"a change no script's DDL names: {left}");
        var effects = new List<PendingScriptEffect>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var changes = mineBefore[i].Count + mineAfter[i].Count == 0
                ? []
                : SchemaDiff.Compare(new SchemaSnapshot(before.ServerVersion, before.ServerMajor, mineBefore[i]),
                    new SchemaSnapshot(after.ServerVersion, after.ServerMajor, mineAfter[i]), diff);
            effects.Add(new PendingScriptEffect(batch[i], changes));
        }
        Refusal = null;
        return effects;
    }

    private IReadOnlyList<PendingScriptEffect>? Refuse(string why)
    {
        Refusal = why;
        return null;
    }

    /// <summary>What an event names, in the snapshot's spelling (schema.name, schema.table.part; a function by its name).</summary>
    private static string Key(string type, string[] names) => type switch
    {
        "function" or "procedure" or "aggregate" when names.Length >= 2 => names[0] + "." + names[1],
        _ => string.Join('.', names),
    };

    /// <summary>How an object is matched against what events name: its identity, a function's without its arguments.</summary>
    private static string MatchKey(SchemaObject o) => o.Kind is ObjectKind.Function or ObjectKind.Procedure &&
        o.Identity.IndexOf('(', StringComparison.Ordinal) is var p and > 0 ? o.Identity[..p] : o.Identity;
}
