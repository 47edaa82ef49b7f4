using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// Which statements take an ACCESS EXCLUSIVE lock on a table the change did not create, per PostgreSQL's documented lock
/// levels: ALTER TABLE other than its lighter forms, DROP TABLE, TRUNCATE, DROP INDEX, DROP TRIGGER, LOCK TABLE (in
/// ACCESS EXCLUSIVE mode, the default), CLUSTER and VACUUM FULL. Used by SG314 (no lock_timeout before it) and SG319
/// (slow statements while it is held).
/// </summary>
internal static class AccessExclusiveStatement
{
    /// <summary>What the statement is and the existing table it locks ACCESS EXCLUSIVE, or null.</summary>
    public static (string What, string Table, string Object)? Find(ScriptContext ctx, SqlStatement statement)
    {
        var t = statement.Tokens;
        var first = t[0];
        if (first.Kind != SqlTokenKind.Word) return null;
        if (first.IsWord("alter"))
        {
            if (ctx.AlterTableAt(statement.Index) is not { } alter || ctx.IsNewTable(alter.Table, statement.Index)) return null;
            foreach (var action in alter.Actions)
            {
                if (TakesAccessExclusive(action)) return ($"ALTER TABLE ... {action.First.Text.ToUpperInvariant()}", alter.Table.ToString(), alter.Table.ToString());
            }
            return null;
        }
        if (first.IsWord("drop"))
        {
            if (DropStatement.TryParse(statement, "table") is { } dropTable) return Existing(ctx, statement, "DROP TABLE", dropTable);
            if (DropStatement.TryParse(statement, "index") is { Concurrently: false } dropIndex)
            {
                foreach (var (name, _) in dropIndex.Objects)
                {
                    if (!ctx.IsNewIndex(name, statement.Index)) return ($"DROP INDEX {name}", "its table", name.ToString());
                }
                return null;
            }
            if (t.IsWordAt(1, "trigger")) return OnTable(ctx, statement, "DROP TRIGGER");
            return null;
        }
        if (first.IsWord("truncate"))
        {
            var i = 1;
            t.Skip(ref i, "table");
            while (i < t.Count)
            {
                t.Skip(ref i, "only");
                if (!t.TryReadName(ref i, out var table)) break;
                if (!ctx.IsNewTable(table, statement.Index)) return ("TRUNCATE", table.ToString(), table.ToString());
                if (t.IsCharAt(i, '*')) i++;
                if (!t.IsCharAt(i, ',')) break;
                i++;
            }
            return null;
        }
        if (first.IsWord("lock")) return LockTable(ctx, statement);
        if (first.IsWord("cluster") || Vacuum.IsFull(t)) return MaintainedTable(ctx, statement);
        return null;
    }

    /// <summary>
    /// ALTER TABLE takes ACCESS EXCLUSIVE except for the forms PostgreSQL documents with a weaker lock: ADD FOREIGN KEY,
    /// VALIDATE CONSTRAINT, SET STATISTICS, SET/RESET of storage or attribute options, CLUSTER ON, SET WITHOUT CLUSTER,
    /// ENABLE/DISABLE TRIGGER, ATTACH PARTITION, and DETACH PARTITION ... CONCURRENTLY or ... FINALIZE (SHARE UPDATE EXCLUSIVE).
    /// </summary>
    public static bool TakesAccessExclusive(AlterAction action)
    {
        var t = action.Tokens;
        var kind = action.TableConstraintKind();
        if (kind >= 0) return !t[kind].IsWord("foreign");
        if (action.Is("validate", "constraint") || action.Is("cluster", "on") || action.Is("attach", "partition")) return false;
        if (action.Is("set") && (t.IsCharAt(action.Start + 1, '(') || t.IsWordAt(action.Start + 1, "without"))) return false;
        if (action.Is("reset")) return false;
        if (action.Is("detach", "partition")) return !action.Contains("concurrently") && !action.Contains("finalize");
        if ((action.Is("enable") || action.Is("disable")) && action.Contains("trigger")) return false;
        var column = action.AlteredColumn();
        if (column >= 0 && (t.IsWordAt(column + 1, "set") || t.IsWordAt(column + 1, "reset"))
            && (t.IsWordAt(column + 2, "statistics") || t.IsCharAt(column + 2, '('))) return false;
        return true;
    }

    private static (string, string, string)? Existing(ScriptContext ctx, SqlStatement statement, string what, DropStatement drop)
    {
        foreach (var (name, _) in drop.Objects)
        {
            if (!ctx.IsNewTable(name, statement.Index)) return (what, name.ToString(), name.ToString());
        }
        return null;
    }

    /// <summary><c>DROP TRIGGER [IF EXISTS] name ON table</c>.</summary>
    private static (string, string, string)? OnTable(ScriptContext ctx, SqlStatement statement, string what)
    {
        var t = statement.Tokens;
        var on = t.IndexOfTopLevelWord("on", 2, t.Count) + 1;
        if (on == 0 || !t.TryReadName(ref on, out var table) || ctx.IsNewTable(table, statement.Index)) return null;
        return (what, table.ToString(), table.ToString());
    }

    /// <summary><c>LOCK [TABLE] [ONLY] name [*] [, ...] [IN mode MODE] [NOWAIT]</c>: ACCESS EXCLUSIVE when no mode is given.</summary>
    private static (string, string, string)? LockTable(ScriptContext ctx, SqlStatement statement)
    {
        var t = statement.Tokens;
        var mode = t.IndexOfTopLevelWord("in", 1, t.Count);
        if (t.IsWordAt(t.Count - 1, "nowait")) return null;
        if (mode >= 0 && !(t.IsWordAt(mode + 1, "access") && t.IsWordAt(mode + 2, "exclusive"))) return null;
        var i = 1;
        t.Skip(ref i, "table");
        while (i < t.Count)
        {
            t.Skip(ref i, "only");
            if (!t.TryReadName(ref i, out var table)) break;
            if (!ctx.IsNewTable(table, statement.Index)) return ("LOCK TABLE", table.ToString(), table.ToString());
            if (t.IsCharAt(i, '*')) i++;
            if (!t.IsCharAt(i, ',')) break;
            i++;
        }
        return null;
    }


    /// <summary>The table a CLUSTER or VACUUM FULL names (after its options), when the script did not create it.</summary>
    private static (string, string, string)? MaintainedTable(ScriptContext ctx, SqlStatement statement)
    {
        var t = statement.Tokens;
        var i = 1;
        t.SkipGroup(ref i);
        while (i < t.Count && t[i].Kind == SqlTokenKind.Word && t[i].Value is "full" or "freeze" or "verbose" or "analyze" or "analyse") i++;
        if (!t.TryReadName(ref i, out var table) || ctx.IsNewTable(table, statement.Index)) return null;
        return (t[0].Text.ToUpperInvariant() + (t[0].IsWord("vacuum") ? " FULL" : ""), table.ToString(), table.ToString());
    }
}
