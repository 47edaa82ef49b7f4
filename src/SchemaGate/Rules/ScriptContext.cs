using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules;

/// <summary>
/// What the rules see of one up script: its statements, the tables and indexes it creates itself (with the
/// statement that creates them) and each ALTER TABLE already split into actions. Nothing can lock or lose data
/// of a table that did not exist before the change, so rules ask <see cref="IsNewTable"/> before reporting: new is a
/// table (or materialized view) an earlier statement of the script created, or one an earlier script of the change created
/// (<paramref name="createdByChange"/>). <c>CREATE TABLE IF NOT EXISTS</c> does not count as new: the table may already
/// be there. For a statement that ran hidden inside another (<see cref="ForHiddenStatement"/>), the traced run says
/// which tables existed, and every other table is new. <see cref="Declared"/> is what the scripts of the set declare
/// (column types, NOT NULL, indexes, checks, functions), read at this script's place (<see cref="At"/>).
/// </summary>
public sealed class ScriptContext
{
    private readonly Dictionary<QualifiedName, int> _tables = [];
    private readonly Dictionary<QualifiedName, int> _indexes = [];
    private readonly AlterTable?[] _alters;
    private readonly IReadOnlySet<QualifiedName>? _createdByChange;
    private readonly Func<QualifiedName, bool>? _existed;

    public ScriptContext(MigrationScript script, IReadOnlySet<QualifiedName>? createdByChange = null)
        : this(script, createdByChange, null, null, 0)
    {
    }

    /// <summary>A script in its set: <paramref name="declared"/> read over the set's up scripts, this one at <paramref name="ordinal"/>.</summary>
    public ScriptContext(MigrationScript script, IReadOnlySet<QualifiedName>? createdByChange, DeclaredSchema declared, int ordinal)
        : this(script, createdByChange, null, declared, ordinal)
    {
    }

    private ScriptContext(MigrationScript script, IReadOnlySet<QualifiedName>? createdByChange, Func<QualifiedName, bool>? existed,
        DeclaredSchema? declared, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(script);
        Script = script;
        _createdByChange = createdByChange;
        _existed = existed;
        Declared = declared ?? (existed is null ? DeclaredSchema.Read([script]) : DeclaredSchema.Empty);
        Ordinal = declared is null ? 0 : ordinal;
        _alters = new AlterTable?[script.Sql.Statements.Count];
        foreach (var statement in script.Sql.Statements)
        {
            var t = statement.Tokens;
            if (t.Count < 3 || !t[0].IsWord("create")) continue;
            if (t.IsWordAt(1, "table") || t.IsWordAt(2, "table") || t.IsWordAt(3, "table")) RecordTable(statement, "table");
            // A materialized view holds rows like a table: one the change creates is as new as a new table.
            else if (t.IsWordAt(1, "materialized") && t.IsWordAt(2, "view")) RecordTable(statement, "view");
            else if (t.IsWordAt(1, "index") || (t.IsWordAt(1, "unique") && t.IsWordAt(2, "index"))) RecordIndex(statement);
        }
        for (var i = 0; i < _alters.Length; i++)
        {
            var statement = script.Sql.Statements[i];
            // IsPsqlMeta before the first token: a large script's COPY data token is built (megabytes) only when read.
            if (statement.Tokens.Count > 0 && !statement.IsPsqlMeta && statement.Tokens[0].IsWord("alter")) _alters[i] = AlterTable.TryParse(statement);
        }
    }

    public MigrationScript Script { get; }

    /// <summary>What the scripts of the set declare; empty for a hidden statement.</summary>
    public DeclaredSchema Declared { get; }

    /// <summary>This script's place among the set's up scripts.</summary>
    public int Ordinal { get; }

    /// <summary>The position of a statement of this script, for asking <see cref="Declared"/> what was declared before it.</summary>
    public SchemaPosition At(int statementIndex) => new(Ordinal, statementIndex);

    /// <summary>
    /// True when the column is new for the change: its table is new, or this script added it before
    /// <paramref name="statementIndex"/>, or an earlier script of the change did.
    /// </summary>
    public bool IsNewColumn(QualifiedName table, string column, int statementIndex)
    {
        if (IsNewTable(table, statementIndex)) return true;
        if (_existed is not null) return false;
        if (Declared.Column(table, column, At(statementIndex)) is not { } declared) return false;
        return declared.Added.Script == Ordinal ? declared.Added.Statement < statementIndex : Declared.IsInChange(declared.Added.Script);
    }

    public IReadOnlyList<SqlStatement> Statements => Script.Sql.Statements;

    public string File => Script.RelativePath;

    /// <summary>
    /// The context of a statement that ran hidden inside a script's statement (a function, DO block, EXECUTE): it is
    /// judged as a script of its own, and a table is new unless <paramref name="existed"/> says it was there before.
    /// </summary>
    public static ScriptContext ForHiddenStatement(MigrationScript statement, Func<QualifiedName, bool> existed) =>
        new(statement, null, existed, null, 0);

    /// <summary>True when a statement before <paramref name="statementIndex"/>, or an earlier script of the change, created the table (not IF NOT EXISTS).</summary>
    public bool IsNewTable(QualifiedName table, int statementIndex) =>
        _existed is not null
            ? !_existed(table)
            : (_tables.TryGetValue(table, out var created) && created < statementIndex) || _createdByChange?.Contains(table) == true;

    /// <summary>The tables this script creates (not IF NOT EXISTS): new for every later script of the change.</summary>
    public IEnumerable<QualifiedName> CreatedTables => _tables.Keys;

    /// <summary>True when a statement before <paramref name="statementIndex"/> created the index.</summary>
    public bool IsNewIndex(QualifiedName index, int statementIndex) =>
        _indexes.TryGetValue(index, out var created) && created < statementIndex;

    /// <summary>The statement as an ALTER TABLE, or null when it is not one.</summary>
    public AlterTable? AlterTableAt(int statementIndex) => _alters[statementIndex];

    /// <summary>A finding located at <paramref name="at"/> (or at the statement's start).</summary>
    public Finding Report(Rule rule, string message, SqlStatement statement, string? obj, SqlToken? at = null)
    {
        var (line, column) = at is { } token ? Script.Sql.PositionOf(token.Offset) : (statement.Line, statement.Column);
        return rule.Report(message, File, line, column, obj, statement.Index);
    }

    private void RecordTable(SqlStatement statement, string keyword)
    {
        var t = statement.Tokens;
        var i = t.IndexOfTopLevelWord(keyword, 1, Math.Min(t.Count, 4)) + 1;
        if (i == 0 || t.IsWordAt(i, "if")) return;
        if (t.TryReadName(ref i, out var name)) _tables.TryAdd(name, statement.Index);
    }

    private void RecordIndex(SqlStatement statement)
    {
        var t = statement.Tokens;
        var i = t.IndexOfTopLevelWord("index", 1, 3) + 1;
        t.Skip(ref i, "concurrently");
        if (t.IsWordAt(i, "if")) return;
        string? index = null;
        if (!t.IsWordAt(i, "on") && !t.TryReadIdentifier(ref i, out index)) return;
        if (!t.Skip(ref i, "on")) return;
        t.Skip(ref i, "only");
        if (!t.TryReadName(ref i, out var table)) return;
        index ??= DefaultIndexName(t, i, table.Name);
        if (index is not null) _indexes.TryAdd(new QualifiedName(table.Schema, index), statement.Index);
    }

    /// <summary>
    /// The name PostgreSQL gives an index created without one: table, key column names (<c>expr</c> for an expression)
    /// and <c>idx</c>, joined by underscores. Null when it would need PostgreSQL's truncation to 63 bytes.
    /// </summary>
    private static string? DefaultIndexName(IReadOnlyList<SqlToken> t, int i, string table)
    {
        if (t.Skip(ref i, "using")) i++;
        if (!t.IsCharAt(i, '(')) return null;
        var name = new System.Text.StringBuilder(table);
        var depth = 0;
        var itemStart = i + 1;
        for (i++; i < t.Count; i++)
        {
            if (t.IsCharAt(i, '(')) depth++;
            else if (depth > 0 && t.IsCharAt(i, ')')) depth--;
            else if (depth == 0 && (t.IsCharAt(i, ',') || t.IsCharAt(i, ')')))
            {
                var simple = i > itemStart && t[itemStart].IsIdentifier() && (i == itemStart + 1 || KeyOptionFollows(t, itemStart + 1));
                name.Append('_').Append(simple ? t[itemStart].Name() : ExpressionName(t, itemStart, i));
                if (t.IsCharAt(i, ')')) break;
                itemStart = i + 1;
            }
        }
        name.Append("_idx");
        return System.Text.Encoding.UTF8.GetByteCount(name.ToString()) <= 63 ? name.ToString() : null;
    }

    /// <summary>PostgreSQL names an expression key after its function (<c>(lower(note))</c>: <c>lower</c>), any other expression <c>expr</c>.</summary>
    private static string ExpressionName(IReadOnlyList<SqlToken> t, int start, int end)
    {
        var i = start;
        while (i < end && t.IsCharAt(i, '(')) i++;
        if (!t.TryReadName(ref i, out var function) || !t.IsCharAt(i, '(')) return "expr";
        return function.Name;
    }

    /// <summary>After a key column: COLLATE, an operator class, ASC/DESC or NULLS FIRST/LAST, not an expression.</summary>
    private static bool KeyOptionFollows(IReadOnlyList<SqlToken> t, int i) =>
        t[i].Kind == SqlTokenKind.Word || t[i].Kind == SqlTokenKind.QuotedIdentifier;
}
