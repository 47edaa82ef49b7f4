using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Emitters;

namespace SchemaGate.Generation.Planning;

internal sealed partial class PlanBuilder
{
    private static readonly ColumnEmitter Columns = new();

    /// <summary>
    /// The columns of every table (and foreign table) that stays. New columns can only be added at the end, so the
    /// target's order is kept by moving columns: the longest run at the start of the target's order that the source
    /// already has in that order stays; every existing column after it is made again at the end (a new column under a
    /// temporary name, the values copied in one UPDATE, the old column dropped, the new one renamed; then its default,
    /// NOT NULL, identity, comment and grants), in the target's order together with the new columns. Columns whose
    /// generation expression is new are made again the same way. Other column changes are altered in place; columns
    /// gone from the target are dropped. Partitions' columns are their parent's, never changed on the partition.
    /// </summary>
    private void PlanTables()
    {
        // Only tables with a column change have anything to do.
        var withChanges = Changes.Where(c => c.ObjectKind == ObjectKind.Column).Select(c => (c.Before ?? c.After)!.Parent!).ToHashSet(StringComparer.Ordinal);
        foreach (var table in _source.Snapshot.OfKind(ObjectKind.Table).Concat(_source.Snapshot.OfKind(ObjectKind.ForeignTable)))
        {
            if (!withChanges.Contains(table.Identity)) continue;
            var key = ObjectKey.Of(table);
            if (_recreate.Contains(key) || Gone(table) || _partitions.Contains(table.Identity)) continue;
            if (_target.Snapshot.Find(table.Kind, table.Identity) is not { } after) continue;
            PlanColumns(table, after);
        }
    }

    private void PlanColumns(SchemaObject table, SchemaObject after)
    {
        var before = _source.Columns(table.Identity);
        var target = _target.Columns(after.Identity);
        var sourceNames = before.Select(ObjectSql.Name).ToList();
        var foreign = table.Kind == ObjectKind.ForeignTable;

        // How much of the target's order the source already has.
        var keep = 0;
        var last = -1;
        foreach (var column in target)
        {
            var at = sourceNames.IndexOf(ObjectSql.Name(column));
            if (at < 0 || at < last) break;
            if (_source.Column(table.Identity, ObjectSql.Name(column)) is { } old && ColumnEmitter.NeedsRebuild(old, column)) break;
            last = at;
            keep++;
        }
        var appended = target.Skip(keep).ToList();
        var moved = appended.Where(c => sourceNames.Contains(ObjectSql.Name(c))).ToList();

        if (appended.Count > 0) Layout(table, after, appended, moved, foreign);

        foreach (var old in before)
        {
            var name = ObjectSql.Name(old);
            var now = _target.Column(after.Identity, name);
            if (now is null)
            {
                var unit = NewUnit(UnitAction.Drop, ObjectKey.Of(old), ObjectKind.Column);
                Columns.Drop(old, unit, _ctx);
                unit.Removes.Add(ObjectKey.Of(old));
                unit.Releases.UnionWith(_source.RefsOf(old));
                foreach (var owned in OwnedSequences(old)) _impliedGone.Add(ObjectKey.Of(owned));
                _closureSeeds.Add((ObjectKey.Of(old), ClosureReason.Removed));
                continue;
            }
            if (moved.Any(m => ObjectSql.Name(m) == name)) continue;
            if (!_changes.TryGetValue(ObjectKey.Of(old), out var change)) continue;
            var own = change.Attributes.Where(a => a.Name != "position" && !CommentsAndGrants.IsShared(a.Name)).ToList();
            var alter = NewUnit(UnitAction.Alter, ObjectKey.Of(now), ObjectKind.Column);
            Columns.Alter(old, now, own, alter, _ctx);
            CommentsAndGrants.AfterAlter(old, now, alter);
            if (alter.Statements.Count == 0 && alter.Notes.Count == 0)
            {
                _units.Remove(alter);
                continue;
            }
            Describe(alter, old, now);
            if (own.Any(a => a.Name is "type" or "collation"))
            {
                alter.Removes.Add(ObjectKey.Of(old));
                _closureSeeds.Add((ObjectKey.Of(old), ClosureReason.TypeChange));
            }
        }
    }

    /// <summary>New and moved columns, appended in the target's order.</summary>
    private void Layout(SchemaObject table, SchemaObject after, List<SchemaObject> appended, List<SchemaObject> moved, bool foreign)
    {
        var unit = NewUnit(UnitAction.Alter, ObjectKey.Of(after), ObjectKind.Column);
        var alter = (foreign ? "ALTER FOREIGN TABLE " : "ALTER TABLE ") + ObjectSql.Ref(after);
        var temporary = moved.ToDictionary(c => ObjectSql.Name(c), c => ColumnEmitter.Truncate(ObjectSql.Name(c) + "__sg_moved"), StringComparer.Ordinal);
        var owned = new List<(SchemaObject Sequence, SchemaObject Column)>();

        foreach (var column in moved)
            foreach (var sequence in OwnedSequences(_source.Column(table.Identity, ObjectSql.Name(column))!))
            {
                owned.Add((sequence, column));
                unit.Add($"ALTER SEQUENCE {ObjectSql.Ref(sequence)} OWNED BY NONE");
            }
        foreach (var column in appended)
        {
            var name = ObjectSql.Name(column);
            if (!temporary.TryGetValue(name, out var temp))
            {
                unit.Add($"{alter} ADD COLUMN {ColumnSql.Definition(column)}");
                if (column["notNull"] == "true" && column["default"] is null && column["identityKind"] is null && column["generated"] is null && !foreign)
                    unit.Notes.Add($"{column.Identity} is NOT NULL without a default: adding it fails if {table.Identity} has rows");
                continue;
            }
            var definition = SqlNames.Join(SqlNames.Ident(temp), column["type"], column["options"] is { } o ? OptionsClause.Create(o) : null,
                column["collation"] is { } collation ? "COLLATE " + collation : null,
                column["generated"] is { } generated ? $"GENERATED ALWAYS AS ({generated}) STORED" : null);
            unit.Add($"{alter} ADD COLUMN {definition}");
        }
        var copies = moved.Where(c => c["generated"] is null && !foreign).Select(c =>
        {
            var old = _source.Column(table.Identity, ObjectSql.Name(c))!;
            var name = SqlNames.Ident(ObjectSql.Name(c));
            var value = old["type"] != c["type"] && TypeCasts.NeedsUsing(old["type"]!, c["type"]!) ? ColumnEmitter.Convert(name, old["type"]!, c["type"]!, _ctx) : name;
            return $"{SqlNames.Ident(temporary[ObjectSql.Name(c)])} = {value}";
        }).ToList();
        if (copies.Count > 0)
        {
            unit.Add($"UPDATE {ObjectSql.Ref(after)} SET {string.Join(", ", copies)}");
            unit.Notes.Add($"{string.Join(", ", moved.Select(ObjectSql.Name))} of {table.Identity} moved to keep the target's column order: the table is rewritten");
        }
        foreach (var column in moved) unit.Add($"{alter} DROP COLUMN {SqlNames.Ident(ObjectSql.Name(column))}");
        foreach (var column in moved)
        {
            var name = ObjectSql.Name(column);
            var col = $"{alter} ALTER COLUMN {SqlNames.Ident(name)}";
            unit.Add($"{alter} RENAME COLUMN {SqlNames.Ident(temporary[name])} TO {SqlNames.Ident(name)}");
            if (column["generated"] is not null) continue;
            if (column["default"] is { } def && column["identityKind"] is null) unit.Add($"{col} SET DEFAULT {def}");
            if (column["notNull"] == "true") unit.Add($"{col} SET NOT NULL");
            if (column["identityKind"] is { } identity)
            {
                unit.Add($"{col} ADD GENERATED {(identity == "always" ? "ALWAYS" : "BY DEFAULT")} AS IDENTITY");
                unit.Add(ColumnEmitter.ContinueIdentity(column));
            }
        }
        foreach (var (sequence, column) in owned)
            if (_target.Snapshot.Find(ObjectKind.Sequence, sequence.Identity)?["ownedBy"] == column.Identity)
                unit.Add($"ALTER SEQUENCE {ObjectSql.Ref(sequence)} OWNED BY {ObjectSql.Ref(column)}");
        foreach (var column in appended) CommentsAndGrants.AfterCreate(column, unit, _ctx);

        unit.Requires.Add(ObjectKey.Of(after));
        foreach (var column in appended)
        {
            unit.Provides.Add(ObjectKey.Of(column));
            unit.Requires.UnionWith(_target.RefsOf(column).Where(r => r != ObjectKey.Of(column)));
        }
        foreach (var column in moved)
        {
            var old = _source.Column(table.Identity, ObjectSql.Name(column))!;
            unit.Removes.Add(ObjectKey.Of(old));
            unit.Releases.UnionWith(_source.RefsOf(old));
            _closureSeeds.Add((ObjectKey.Of(old), ClosureReason.Removed));
        }
    }

    /// <summary>Sequences the column owns (a serial's): dropping the column drops them.</summary>
    private IEnumerable<SchemaObject> OwnedSequences(SchemaObject column) =>
        _source.Children(column.Parent!).Where(s => s.Kind == ObjectKind.Sequence && s["ownedBy"] == column.Identity);
}
