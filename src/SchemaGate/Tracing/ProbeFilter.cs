using SchemaGate.Rules;
using SchemaGate.Sql;

namespace SchemaGate.Tracing;

/// <summary>
/// Which statements the tracer need not probe because they cannot lock an existing table against writes, rewrite
/// it or remove anything that exists: they run no user code and touch only what they create. Everything else is
/// probed. Skipping them keeps the traced analysis within its cost budget (one catalog query per probed statement).
/// </summary>
internal sealed class ProbeFilter(ScriptContext context)
{
    private static readonly string[] CreatesOnly = ["function", "procedure", "view", "type", "domain", "schema", "sequence"];

    /// <summary>Words that let a CREATE TABLE reach an existing table (foreign keys, partitions, inheritance, LIKE, a query); and a top-level AS.</summary>
    private static readonly string[] ReachesExisting = ["references", "partition", "inherits", "like", "select", "foreign", "execute", "values"];

    /// <summary>
    /// SET, RESET, COMMENT, GRANT, REVOKE; CREATE [OR REPLACE] FUNCTION, PROCEDURE, VIEW, TYPE, DOMAIN, SCHEMA,
    /// SEQUENCE; CREATE TABLE with none of <see cref="ReachesExisting"/> and no top-level AS (GENERATED ... AS inside
    /// the column list is fine); CREATE INDEX on a table this script created.
    /// </summary>
    public bool CannotTouchExisting(SqlStatement statement)
    {
        var t = statement.Tokens;
        if (t.Count == 0 || statement.IsPsqlMeta) return true;
        if (t[0].IsWord("set") || t[0].IsWord("reset") || t[0].IsWord("comment") || t[0].IsWord("grant") || t[0].IsWord("revoke")) return true;
        if (!t[0].IsWord("create")) return false;
        var i = 1;
        if (t.IsWordAt(1, "or") && t.IsWordAt(2, "replace")) i = 3;
        if (i < t.Count && CreatesOnly.Any(w => t[i].IsWord(w))) return true;
        if (t.IsWordAt(1, "table"))
            return !t.Any(x => ReachesExisting.Any(w => x.IsWord(w))) && t.IndexOfTopLevelWord("as", 2, t.Count) < 0;
        return IndexOnNewTable(statement);
    }

    private bool IndexOnNewTable(SqlStatement statement)
    {
        var t = statement.Tokens;
        var i = 1;
        t.Skip(ref i, "unique");
        if (!t.Skip(ref i, "index")) return false;
        var on = t.IndexOfTopLevelWord("on", i, t.Count);
        if (on < 0) return false;
        i = on + 1;
        t.Skip(ref i, "only");
        return t.TryReadName(ref i, out var table) && context.IsNewTable(table, statement.Index);
    }
}
