using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG301: CREATE [UNIQUE] INDEX without CONCURRENTLY on a table the script did not create.</summary>
public sealed class CreateIndexRule : StatementRule
{
    public static Rule Definition { get; } = new("SG301", RuleFamily.Locking, "CREATE INDEX without CONCURRENTLY", Severity.Warning,
        "Building an index on an existing table without CONCURRENTLY blocks every write to the table until the build ends.",
        "Use CREATE INDEX CONCURRENTLY in a script marked -- schemagate:no-transaction.") { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["create"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var t = statement.Tokens;
        if (!t[0].IsWord("create")) return;
        var i = 1;
        t.Skip(ref i, "unique");
        if (!t.Skip(ref i, "index") || t.IsWordAt(i, "concurrently")) return;
        string? index = null;
        if (t.Skip(ref i, "if", "not")) t.Skip(ref i, "exists");
        if (!t.IsWordAt(i, "on") && t.TryReadIdentifier(ref i, out var name)) index = name;
        if (!t.Skip(ref i, "on")) return;
        t.Skip(ref i, "only");
        if (!t.TryReadName(ref i, out var table) || ctx.IsNewTable(table, statement.Index)) return;
        var obj = index is null ? table.ToString() : new QualifiedName(table.Schema, index).ToString();
        found.Add(ctx.Report(Rule,
            $"CREATE INDEX {(index is null ? "" : QualifiedName.Display(index) + " ")}on {table} blocks every write to the table until the build ends.",
            statement, obj));
    }
}
