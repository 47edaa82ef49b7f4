using SchemaGate.Findings;
using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG318: ALTER TABLE ... ADD [CONSTRAINT n] PRIMARY KEY USING INDEX i on an existing table where a key column of the
/// index (as the scripts declared it) may hold NULL: PostgreSQL sets it NOT NULL first, which scans the table under the
/// ACCESS EXCLUSIVE lock. A column declared NOT NULL, or proved by a valid CHECK (col IS NOT NULL), is fine. UNIQUE USING
/// INDEX does not make its columns NOT NULL and is not reported.
/// </summary>
public sealed class PrimaryKeyOnNullableRule : StatementRule
{
    public static Rule Definition { get; } = new("SG318", RuleFamily.Locking, "ADD PRIMARY KEY USING INDEX on nullable columns", Severity.Warning,
        "A primary key is added from an existing unique index, but a key column may hold NULL: PostgreSQL first makes it NOT NULL, scanning every row under the ACCESS EXCLUSIVE lock the ALTER TABLE holds.",
        "Make the key columns NOT NULL first without a scan: ADD CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a later migration, SET NOT NULL (PostgreSQL 12+ uses the valid check); then ADD PRIMARY KEY USING INDEX.")
    { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (ctx.AlterTableAt(statement.Index) is not { } alter || ctx.IsNewTable(alter.Table, statement.Index)) return;
        var at = ctx.At(statement.Index);
        foreach (var action in alter.Actions)
        {
            if (action.TableConstraintKind() < 0) continue;
            if (TableConstraint.TryRead(action.Tokens, action.Start + 1, action.End) is not { Kind: ConstraintKind.PrimaryKey, UsingIndex: { } indexName }) continue;
            if (ctx.Declared.Index(new QualifiedName(alter.Table.Schema, indexName), at) is not { } index) continue;
            var nullable = index.Columns
                .Where(c => c.Length > 0 && ctx.Declared.Column(alter.Table, c, at) is not null && !ctx.Declared.NotNullProved(alter.Table, c, at))
                .ToList();
            if (nullable.Count == 0) continue;
            var obj = action.ConstraintName() is { } name ? alter.Table.Member(name) : alter.Table.ToString();
            found.Add(ctx.Report(Rule,
                $"PRIMARY KEY USING INDEX {QualifiedName.Display(indexName)} makes {string.Join(", ", nullable.Select(c => alter.Table.Member(c)))} NOT NULL, which scans {alter.Table} under an ACCESS EXCLUSIVE lock.",
                statement, obj, action.First));
        }
    }
}
