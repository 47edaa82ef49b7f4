using SchemaGate.Rules.DataLoss;
using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// Statements whose run time grows with a table's rows, on a table that existed before the change: UPDATE, DELETE and
/// MERGE, INSERT ... SELECT, index builds, constraint validation (VALIDATE CONSTRAINT, a CHECK or FOREIGN KEY added
/// without NOT VALID, SET NOT NULL without a valid check, PRIMARY KEY / UNIQUE / EXCLUDE built in place), rewrites (a type
/// change that converts, a volatile default, SET LOGGED / UNLOGGED, SET TABLESPACE), VACUUM FULL, CLUSTER, REINDEX and
/// REFRESH MATERIALIZED VIEW. <see cref="Describe"/> names it in a few words ("UPDATE public.alerts").
/// </summary>
internal static class SlowStatement
{
    public static string? Describe(ScriptContext ctx, SqlStatement statement)
    {
        var t = statement.Tokens;
        if (t.Count == 0 || statement.IsPsqlMeta || t[0].Kind != SqlTokenKind.Word) return null;
        bool Existing(QualifiedName table) => !ctx.IsNewTable(table, statement.Index);
        switch (t[0].Value)
        {
            case "update" or "delete" or "with":
                foreach (var verb in (string[])["update", "delete"])
                {
                    if (Dml.Commands(statement, verb) is not { } commands) continue;
                    foreach (var (at, _) in commands)
                        if (Dml.TryReadTarget(t, at, out var table, out _) && Existing(table)) return $"{verb.ToUpperInvariant()} {table}";
                }
                return null;
            case "merge":
            {
                var i = 1;
                t.Skip(ref i, "into");
                t.Skip(ref i, "only");
                return t.TryReadName(ref i, out var table) && Existing(table) ? $"MERGE INTO {table}" : null;
            }
            case "insert":
            {
                var i = 1;
                t.Skip(ref i, "into");
                if (!t.TryReadName(ref i, out var table) || t.IndexOfTopLevelWord("select", i, t.Count) < 0 && !t.ContainsWord(i, t.Count, "select")) return null;
                return Existing(table) || ReadsExisting(ctx, statement, i) ? $"INSERT INTO {table} ... SELECT" : null;
            }
            case "create":
            {
                var i = 1;
                t.Skip(ref i, "unique");
                if (!t.Skip(ref i, "index") || t.IsWordAt(i, "concurrently")) return null;
                var on = t.IndexOfTopLevelWord("on", i, t.Count) + 1;
                if (on == 0) return null;
                t.Skip(ref on, "only");
                return t.TryReadName(ref on, out var table) && Existing(table) ? $"CREATE INDEX on {table}" : null;
            }
            case "vacuum" when Vacuum.IsFull(t):
                return "VACUUM FULL";
            case "cluster":
                return "CLUSTER";
            case "reindex" when !t.ContainsWord(1, t.Count, "concurrently"):
                return "REINDEX";
            case "refresh" when t.IsWordAt(1, "materialized"):
                return "REFRESH MATERIALIZED VIEW";
            case "alter":
                return ctx.AlterTableAt(statement.Index) is { } alter && Existing(alter.Table) ? SlowAction(ctx, statement, alter) : null;
            default:
                return null;
        }
    }

    /// <summary>An INSERT's query reads a table that existed (FROM or JOIN names one).</summary>
    private static bool ReadsExisting(ScriptContext ctx, SqlStatement statement, int from)
    {
        var t = statement.Tokens;
        for (var i = from; i + 1 < t.Count; i++)
        {
            if (!t[i].IsWord("from") && !t[i].IsWord("join")) continue;
            var j = i + 1;
            t.Skip(ref j, "only");
            if (t.TryReadName(ref j, out var table) && !ctx.IsNewTable(table, statement.Index)) return true;
        }
        return false;
    }

    private static string? SlowAction(ScriptContext ctx, SqlStatement statement, AlterTable alter)
    {
        var at = ctx.At(statement.Index);
        foreach (var action in alter.Actions)
        {
            var t = action.Tokens;
            if (action.Is("validate", "constraint")) return $"VALIDATE CONSTRAINT on {alter.Table}";
            if (action.Is("set", "logged") || action.Is("set", "unlogged") || action.Is("set", "tablespace") || (action.Is("set", "access") && action.Contains("method")))
                return $"ALTER TABLE {alter.Table} {t[action.Start].Text.ToUpperInvariant()} {t[action.Start + 1].Text.ToUpperInvariant()} (a rewrite)";
            var kind = action.TableConstraintKind();
            if (kind >= 0)
            {
                if (TableConstraint.TryRead(t, action.Start + 1, action.End) is not { } constraint) continue;
                if (constraint.UsingIndex is null && !constraint.NotValid)
                    return $"ADD {constraint.Kind switch { ConstraintKind.PrimaryKey => "PRIMARY KEY", ConstraintKind.ForeignKey => "FOREIGN KEY", _ => constraint.Kind.ToString().ToUpperInvariant() }} on {alter.Table}";
                continue;
            }
            var added = action.AddedColumn();
            if (added >= 0)
            {
                if (ColumnDefinition.TryRead(t, added, action.End) is not { } definition) continue;
                if (VolatileDefaultRule.PerRow(ctx, action, definition, statement.Index) is not null) return $"ADD COLUMN {alter.Table.Member(definition.Name)} (a rewrite)";
                if (definition.Checks.Count > 0 || definition.References is not null || definition.PrimaryKey || definition.Unique)
                    return $"ADD COLUMN {alter.Table.Member(definition.Name)} with a constraint checked on every row";
                continue;
            }
            if (TypeAction.Read(action) is { } change)
            {
                var before = ctx.Declared.Column(alter.Table, change.Column, at)?.Type;
                if (before is null || change.Type is null || change.Using || TypeChange.Rewrites(before, change.Type))
                    return $"ALTER COLUMN {alter.Table.Member(change.Column)} TYPE (a rewrite)";
                continue;
            }
            var column = action.AlteredColumn();
            if (column >= 0 && t.IsWordAt(column + 1, "set") && t.IsWordAt(column + 2, "not") && !ctx.Declared.HasValidNotNullCheck(alter.Table, t[column].Name(), at))
                return $"SET NOT NULL on {alter.Table.Member(t[column].Name())}";
        }
        return null;
    }
}
