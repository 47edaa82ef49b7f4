using Npgsql;
using SchemaGate.Rules;
using SchemaGate.Rules.DataLoss;
using SchemaGate.Sql;

namespace SchemaGate.Tracing;

/// <summary>
/// What a row-level trigger would run in production but not on the ephemeral server. The traced run sees every statement
/// a trigger runs when it fires; but a row-level trigger fires once per row, and the ephemeral copy of a table that existed
/// before the change has no rows, so an <c>UPDATE ... WHERE</c>, a <c>DELETE ... WHERE</c> or an
/// <c>INSERT ... SELECT</c> of the script fires nothing there, while in production the same statement fires the trigger for
/// each row it touches. For those statements this reads the row-level triggers on the statement's table for its event
/// (enabled, in PL/pgSQL or SQL) and hands the statements of each trigger function's body to the judgement as statements
/// that ran inside it, saying where they came from. Statement-level triggers fire even for zero rows and are traced as
/// they run.
/// </summary>
internal static class UnfiredRowTriggers
{
    private const string Query = """
        select c.relnamespace::regnamespace::text || '.' || c.relname, t.tgname, p.oid::regprocedure::text, p.prosrc
          from pg_trigger t
          join pg_class c on c.oid = t.tgrelid
          join pg_proc p on p.oid = t.tgfoid
          join pg_language l on l.oid = p.prolang
         where t.tgrelid = to_regclass(@table) and not t.tgisinternal and t.tgenabled <> 'D'
           and (t.tgtype & 1) = 1 and (t.tgtype & @event) <> 0 and l.lanname in ('plpgsql', 'sql')
         order by t.tgname
        """;

    /// <summary>pg_trigger.tgtype's event bits.</summary>
    private const int Insert = 4, Delete = 8, Update = 16;

    /// <summary>
    /// The trigger-body statements each statement of <paramref name="script"/> would run in production, keyed by the
    /// statement's index, each with the trigger function's signature, for tables in <paramref name="existingTables"/>
    /// (schema-qualified, unquoted).
    /// </summary>
    public static async Task<Dictionary<int, List<(string Function, NestedStatement Statement)>>> ReadAsync(NpgsqlConnection conn, IEnumerable<SqlStatement> statements,
        IReadOnlySet<string> existingTables, CancellationToken ct)
    {
        var found = new Dictionary<int, List<(string Function, NestedStatement Statement)>>();
        foreach (var statement in statements)
        {
            foreach (var (verb, table, eventBit) in Targets(statement))
            {
                await using var cmd = new NpgsqlCommand(Query, conn);
                cmd.Parameters.AddWithValue("table", table.ToString());
                cmd.Parameters.AddWithValue("event", eventBit);
                await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await r.ReadAsync(ct).ConfigureAwait(false))
                {
                    var relation = r.GetString(0);
                    if (!existingTables.Contains(relation.Replace("\"", "", StringComparison.Ordinal))) continue;
                    var function = r.GetString(2);
                    var via = $"in trigger function {function} (trigger {r.GetString(1)}), which {verb} fires for each row of {relation} " +
                              "in production; read from its body, since the ephemeral copy of the table has no rows to fire it";
                    foreach (var text in BodyStatements(r.IsDBNull(3) ? "" : r.GetString(3)))
                    {
                        if (!found.TryGetValue(statement.Index, out var list)) found[statement.Index] = list = [];
                        list.Add((function, new NestedStatement(text, via)));
                    }
                }
            }
        }
        return found;
    }

    /// <summary>The tables a statement writes row by row, with the verb that names the event and its tgtype bit.</summary>
    private static IEnumerable<(string Verb, QualifiedName Table, int Event)> Targets(SqlStatement statement)
    {
        var t = statement.Tokens;
        if (t.Count == 0 || statement.IsPsqlMeta) yield break;
        foreach (var (verb, bit) in (IEnumerable<(string, int)>)[("update", Update), ("delete", Delete)])
        {
            if (Dml.Commands(statement, verb) is not { } commands) continue;
            foreach (var (at, _) in commands)
                if (Dml.TryReadTarget(t, at, out var table, out _)) yield return (verb.ToUpperInvariant(), table, bit);
        }
        // INSERT ... VALUES inserts its rows on the ephemeral server too, so its triggers fire and are traced; a SELECT
        // that reads tables with no rows there inserts nothing.
        if (t[0].IsWord("insert") && t.ContainsWord(1, t.Count, "select"))
        {
            var i = 1;
            t.Skip(ref i, "into");
            if (t.TryReadName(ref i, out var table)) yield return ("INSERT ... SELECT", table, Insert);
        }
    }

    /// <summary>
    /// The SQL statements of a PL/pgSQL or SQL function body, with the block words before them left out
    /// (<c>BEGIN DELETE FROM t</c> reads as <c>DELETE FROM t</c>, <c>IF ... THEN UPDATE t SET ...</c> as the UPDATE).
    /// </summary>
    public static IEnumerable<string> BodyStatements(string body)
    {
        foreach (var statement in SqlScript.Parse(body).Statements)
        {
            var t = statement.Tokens;
            for (var k = 0; k < t.Count; k++)
            {
                if (!(t[k].IsWord("delete") || t[k].IsWord("update") || t[k].IsWord("truncate") || t[k].IsWord("insert") || t[k].IsWord("with")
                      || t[k].IsWord("drop") || t[k].IsWord("alter") || t[k].IsWord("merge"))) continue;
                if (k > 0 && !(t[k - 1].IsWord("begin") || t[k - 1].IsWord("then") || t[k - 1].IsWord("else") || t[k - 1].IsWord("loop")
                               || t[k - 1].Text == ">>")) continue;
                var from = t[k].Offset - statement.Offset;
                if (from >= 0 && from < statement.Text.Length) yield return statement.Text[from..].Trim();
                break;
            }
        }
    }
}
