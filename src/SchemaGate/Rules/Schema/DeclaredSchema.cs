using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Schema;

/// <summary>
/// What the up scripts of a migration set declare, statement by statement, read from their text: columns (type, NOT
/// NULL), indexes and the keys behind PRIMARY KEY and UNIQUE constraints, CHECK constraints that prove a column NOT
/// NULL (and whether they are valid), functions with their volatility, and domains. Rules ask what was declared before
/// a statement (<see cref="SchemaPosition"/>), so "the column's type as the earlier scripts declared it" is one lookup.
/// What no script declares is unknown (null), never guessed.
/// </summary>
public sealed class DeclaredSchema
{
    private readonly Timeline<(QualifiedName Table, string Column), DeclaredColumn> _columns = new();
    private readonly Timeline<QualifiedName, DeclaredIndex> _indexes = new();
    private readonly Dictionary<QualifiedName, HashSet<QualifiedName>> _indexesOn = [];
    private HashSet<(QualifiedName Table, string Columns)>? _leading;
    private readonly Timeline<(QualifiedName Table, string Name), DeclaredCheck> _checks = new();
    private readonly Timeline<QualifiedName, DeclaredFunction> _functions = new();
    // The qualified names each unqualified function name was declared under, for a lookup by name alone.
    private readonly Dictionary<string, List<QualifiedName>> _functionsNamed = new(StringComparer.Ordinal);
    private readonly Timeline<QualifiedName, DeclaredDomain> _domains = new();
    private readonly Dictionary<QualifiedName, HashSet<string>> _tableColumns = [];
    private readonly Dictionary<QualifiedName, HashSet<string>> _tableChecks = [];
    private readonly HashSet<int> _inChange = [];

    public static DeclaredSchema Empty { get; } = new();

    /// <summary>Reads <paramref name="scripts"/> (up scripts, in order); <paramref name="inChange"/> marks the scripts of the change.</summary>
    public static DeclaredSchema Read(IReadOnlyList<MigrationScript> scripts, Func<MigrationScript, bool>? inChange = null)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var schema = new DeclaredSchema();
        for (var s = 0; s < scripts.Count; s++)
        {
            if (inChange?.Invoke(scripts[s]) == true) schema._inChange.Add(s);
            foreach (var statement in scripts[s].Sql.Statements)
            {
                if (statement.Tokens.Count == 0 || statement.IsPsqlMeta) continue;
                schema.Read(statement, new SchemaPosition(s, statement.Index));
            }
        }
        return schema;
    }

    public bool IsInChange(int script) => _inChange.Contains(script);

    /// <summary>The column as declared before <paramref name="before"/>; null when no script declared it (or it was dropped).</summary>
    public DeclaredColumn? Column(QualifiedName table, string column, SchemaPosition before) => _columns.Before((table, column), before);

    /// <summary>True when the column is NOT NULL, or a valid CHECK (col IS NOT NULL) proves it, before <paramref name="before"/>.</summary>
    public bool NotNullProved(QualifiedName table, string column, SchemaPosition before) =>
        Column(table, column, before) is { NotNull: true } || HasValidNotNullCheck(table, column, before);

    public bool HasValidNotNullCheck(QualifiedName table, string column, SchemaPosition before) =>
        _tableChecks.TryGetValue(table, out var names) &&
        names.Any(n => _checks.Before((table, n), before) is { Valid: true } check && check.NotNullColumns.Contains(column));

    /// <summary>The index of that name (in its table's schema) before <paramref name="before"/>.</summary>
    public DeclaredIndex? Index(QualifiedName name, SchemaPosition before) => _indexes.Before(name, before);

    /// <summary>Every index on the table that some script creates and no script drops, wherever it stands.</summary>
    public IEnumerable<DeclaredIndex> IndexesOn(QualifiedName table) =>
        _indexesOn.TryGetValue(table, out var names) ? names.Select(k => _indexes.Last(k)).OfType<DeclaredIndex>() : [];

    /// <summary>
    /// True when an index on <paramref name="table"/>, as the scripts leave it, leads with exactly these columns (in any
    /// order). Answered from every index's leading column sets, gathered once when first asked (a foreign key check per
    /// constraint would otherwise walk every index of its table).
    /// </summary>
    public bool HasIndexLeadingWith(QualifiedName table, IReadOnlySet<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var leading = _leading ??= LeadingColumnSets();
        return leading.Contains((table, ColumnSetKey(columns)));
    }

    private HashSet<(QualifiedName Table, string Columns)> LeadingColumnSets()
    {
        var sets = new HashSet<(QualifiedName, string)>();
        foreach (var table in _indexesOn.Keys)
            foreach (var index in IndexesOn(table))
            {
                var prefix = new HashSet<string>(StringComparer.Ordinal);
                foreach (var column in index.Columns)
                {
                    if (!prefix.Add(column)) break; // a column twice: no longer prefix is a set of distinct columns
                    sets.Add((table, ColumnSetKey(prefix)));
                }
            }
        return sets;
    }

    private static string ColumnSetKey(IEnumerable<string> columns) => string.Join('\u0001', columns.Order(StringComparer.Ordinal));

    private void SetFunction(QualifiedName name, SchemaPosition at, DeclaredFunction value)
    {
        if (!_functions.Has(name))
        {
            if (!_functionsNamed.TryGetValue(name.Name, out var named)) _functionsNamed[name.Name] = named = [];
            named.Add(name);
        }
        _functions.Set(name, at, value);
    }

    /// <summary>
    /// Sets an index's state and keeps <see cref="_indexesOn"/> (the indexes whose last state is on each table) in step:
    /// asking which indexes a table has is then one lookup, not a walk over every index of every script (which made
    /// linting a set of scripts with many foreign keys and indexes quadratic).
    /// </summary>
    private void SetIndex(QualifiedName name, SchemaPosition at, DeclaredIndex? value)
    {
        _leading = null;
        if (_indexes.Last(name) is { } old && _indexesOn.TryGetValue(old.Table, out var was)) was.Remove(name);
        _indexes.Set(name, at, value);
        if (value is null) return;
        if (!_indexesOn.TryGetValue(value.Table, out var on)) _indexesOn[value.Table] = on = [];
        on.Add(name);
    }

    /// <summary>A function the scripts created before <paramref name="before"/>: by its qualified name, else the only one of that name.</summary>
    public DeclaredFunction? Function(QualifiedName name, bool qualified, SchemaPosition before)
    {
        if (_functions.Before(name, before) is { } exact) return exact;
        if (qualified) return null;
        var same = _functionsNamed.TryGetValue(name.Name, out var named)
            ? named.Select(k => _functions.Before(k, before)).OfType<DeclaredFunction>().ToList()
            : [];
        return same.Count == 1 ? same[0] : null;
    }

    public DeclaredDomain? Domain(QualifiedName name, SchemaPosition before) => _domains.Before(name, before);

    private void Read(SqlStatement statement, SchemaPosition at)
    {
        var t = statement.Tokens;
        if (t[0].IsWord("create"))
        {
            if (CreateTable.TryParse(statement) is { } table) { ReadTable(table, t, at); return; }
            var i = 1;
            if (t.IsWordAt(1, "or") && t.IsWordAt(2, "replace")) i = 3;
            if (t.IsWordAt(i, "function") || t.IsWordAt(i, "procedure")) { ReadFunction(t, i + 1, at); return; }
            if (t.IsWordAt(i, "domain")) { ReadDomain(t, i + 1, at); return; }
            ReadIndex(t, at);
        }
        else if (t[0].IsWord("alter"))
        {
            if (AlterTable.TryParse(statement) is { } alter) { ReadAlter(alter, at); return; }
            if (t.IsWordAt(1, "function") || t.IsWordAt(1, "procedure") || t.IsWordAt(1, "routine")) ReadAlterFunction(t, at);
            else if (t.IsWordAt(1, "domain")) ReadAlterDomain(t, at);
        }
        else if (t[0].IsWord("drop"))
        {
            if (DropStatement.TryParse(statement, "table") is { } dropTable)
                foreach (var (name, _) in dropTable.Objects) DropTable(name, at);
            else if (DropStatement.TryParse(statement, "index") is { } dropIndex)
                foreach (var (name, _) in dropIndex.Objects) SetIndex(name, at, null);
        }
    }

    private void ReadTable(CreateTable table, IReadOnlyList<SqlToken> t, SchemaPosition at)
    {
        foreach (var column in table.Columns) AddColumn(table.Table, column, t, at);
        foreach (var constraint in table.Constraints)
        {
            if (constraint.Kind == ConstraintKind.Check) AddCheck(table.Table, constraint, t, at);
            else AddConstraint(table.Table, constraint, at);
        }
    }

    private void AddColumn(QualifiedName table, ColumnDefinition column, IReadOnlyList<SqlToken> t, SchemaPosition at)
    {
        SetColumn(table, column.Name, new DeclaredColumn(column.Type, column.NotNull || column.Identity, at), at);
        if (column.PrimaryKey) SetIndex(new QualifiedName(table.Schema, Identifier.Truncate(table.Name + "_pkey")), at, new DeclaredIndex(table, [column.Name], true));
        else if (column.Unique) SetIndex(new QualifiedName(table.Schema, Identifier.Truncate($"{table.Name}_{column.Name}_key")), at, new DeclaredIndex(table, [column.Name], true));
        foreach (var (at2, start, end) in column.Checks)
            AddCheck(table, new TableConstraint(ConstraintKind.Check, at2, null) { Expression = (start, end) }, t, at);
    }

    private void SetColumn(QualifiedName table, string column, DeclaredColumn? value, SchemaPosition at)
    {
        _columns.Set((table, column), at, value);
        if (!_tableColumns.TryGetValue(table, out var names)) _tableColumns[table] = names = [];
        names.Add(column);
    }

    private void AddConstraint(QualifiedName table, TableConstraint constraint, SchemaPosition at)
    {
        switch (constraint.Kind)
        {
            case ConstraintKind.PrimaryKey or ConstraintKind.Unique:
            {
                var columns = constraint.Columns;
                if (constraint.UsingIndex is { } used && _indexes.Last(new QualifiedName(table.Schema, used)) is { } index) columns = index.Columns;
                var name = constraint.Name ?? (constraint.Kind == ConstraintKind.PrimaryKey
                    ? table.Name + "_pkey"
                    : $"{table.Name}_{string.Join('_', columns)}_key");
                SetIndex(new QualifiedName(table.Schema, Identifier.Truncate(name)), at, new DeclaredIndex(table, columns, true));
                if (constraint.Kind == ConstraintKind.PrimaryKey)
                {
                    foreach (var column in columns.Where(c => c.Length > 0))
                    {
                        var known = _columns.Last((table, column));
                        SetColumn(table, column, (known ?? new DeclaredColumn(null, true, at)) with { NotNull = true }, at);
                    }
                }
                break;
            }
        }
    }

    /// <summary>A CHECK constraint with the tokens of its statement (to read the expression).</summary>
    private void AddCheck(QualifiedName table, TableConstraint constraint, IReadOnlyList<SqlToken> t, SchemaPosition at)
    {
        if (constraint.Expression is not { } range) return;
        var columns = NotNullCheck.Columns(t, range.Start, range.End);
        if (columns.Count == 0) return;
        // Unnamed, PostgreSQL calls it <table>_<first column>_check.
        var name = constraint.Name ?? Identifier.Truncate($"{table.Name}_{columns[0]}_check");
        _checks.Set((table, name), at, new DeclaredCheck(columns, !constraint.NotValid));
        if (!_tableChecks.TryGetValue(table, out var names)) _tableChecks[table] = names = [];
        names.Add(name);
    }

    private void ReadAlter(AlterTable alter, SchemaPosition at)
    {
        var table = alter.Table;
        foreach (var action in alter.Actions)
        {
            var t = action.Tokens;
            var column = action.AddedColumn();
            if (column >= 0)
            {
                if (ColumnDefinition.TryRead(t, column, action.End) is { } definition) AddColumn(table, definition, t, at);
                continue;
            }
            if (action.TableConstraintKind() >= 0)
            {
                if (TableConstraint.TryRead(t, action.Start + 1, action.End) is not { } constraint) continue;
                if (constraint.Kind == ConstraintKind.Check)
                    AddCheck(table, constraint, t, at);
                else
                    AddConstraint(table, constraint, at);
                continue;
            }
            if (action.Is("validate", "constraint") && action.Start + 2 < action.End)
            {
                var name = t[action.Start + 2].Name();
                if (_checks.Last((table, name)) is { } check) _checks.Set((table, name), at, check with { Valid = true });
                continue;
            }
            if (action.Is("drop", "constraint"))
            {
                var i = action.Start + 2;
                t.Skip(ref i, "if", "exists");
                if (!t.TryReadIdentifier(ref i, out var name)) continue;
                _checks.Set((table, name), at, null);
                SetIndex(new QualifiedName(table.Schema, name), at, null);
                continue;
            }
            var altered = action.AlteredColumn();
            if (altered >= 0)
            {
                var name = t[altered].Name();
                var known = _columns.Last((table, name));
                var i = altered + 1;
                if (t.IsWordAt(i, "set") && t.IsWordAt(i + 1, "not") && t.IsWordAt(i + 2, "null"))
                    SetColumn(table, name, (known ?? new DeclaredColumn(null, true, at)) with { NotNull = true }, at);
                else if (t.IsWordAt(i, "drop") && t.IsWordAt(i + 1, "not") && known is not null)
                    SetColumn(table, name, known with { NotNull = false }, at);
                else
                {
                    t.Skip(ref i, "set", "data");
                    if (t.Skip(ref i, "type"))
                    {
                        var type = ColumnType.TryRead(t, ref i, action.End);
                        SetColumn(table, name, (known ?? new DeclaredColumn(null, false, at)) with { Type = type }, at);
                    }
                }
                continue;
            }
            var dropped = action.DroppedColumn();
            if (dropped >= 0)
            {
                SetColumn(table, t[dropped].Name(), null, at);
                continue;
            }
            if (action.Is("rename") && !action.Is("rename", "to") && !action.Is("rename", "constraint"))
            {
                var i = action.Start + 1;
                t.Skip(ref i, "column");
                if (!t.TryReadIdentifier(ref i, out var from) || !t.Skip(ref i, "to") || !t.TryReadIdentifier(ref i, out var to)) continue;
                var known = _columns.Last((table, from));
                SetColumn(table, from, null, at);
                if (known is not null) SetColumn(table, to, known, at);
            }
        }
    }

    private void DropTable(QualifiedName table, SchemaPosition at)
    {
        if (_tableColumns.TryGetValue(table, out var columns))
            foreach (var column in columns) _columns.Set((table, column), at, null);
        if (_tableChecks.TryGetValue(table, out var checks))
            foreach (var check in checks) _checks.Set((table, check), at, null);
        if (_indexesOn.TryGetValue(table, out var onTable))
            foreach (var index in onTable.ToList()) SetIndex(index, at, null);
    }

    /// <summary><c>CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table [USING method] (keys)</c>.</summary>
    private void ReadIndex(IReadOnlyList<SqlToken> t, SchemaPosition at)
    {
        var i = 1;
        var unique = t.Skip(ref i, "unique");
        if (!t.Skip(ref i, "index")) return;
        t.Skip(ref i, "concurrently");
        if (t.Skip(ref i, "if", "not")) t.Skip(ref i, "exists");
        string? name = null;
        if (!t.IsWordAt(i, "on") && t.TryReadIdentifier(ref i, out var given)) name = given;
        if (!t.Skip(ref i, "on")) return;
        t.Skip(ref i, "only");
        if (!t.TryReadName(ref i, out var table)) return;
        if (t.Skip(ref i, "using")) i++;
        if (!t.IsCharAt(i, '(')) return;
        var columns = TableConstraint.ColumnList(t, ref i);
        name ??= $"{table.Name}_{string.Join('_', columns.Select(c => c.Length == 0 ? "expr" : c))}_idx";
        SetIndex(new QualifiedName(table.Schema, Identifier.Truncate(name)), at, new DeclaredIndex(table, columns, unique));
    }

    private void ReadFunction(IReadOnlyList<SqlToken> t, int i, SchemaPosition at)
    {
        if (!t.TryReadName(ref i, out var name)) return;
        SetFunction(name, at, new DeclaredFunction(VolatilityIn(t, i) ?? Volatility.Volatile));
    }

    private void ReadAlterFunction(IReadOnlyList<SqlToken> t, SchemaPosition at)
    {
        var i = 2;
        if (!t.TryReadName(ref i, out var name)) return;
        if (VolatilityIn(t, i) is { } volatility) SetFunction(name, at, new DeclaredFunction(volatility));
    }

    /// <summary>IMMUTABLE, STABLE or VOLATILE among the words after the argument list (the body is a string, or BEGIN ATOMIC ... END).</summary>
    private static Volatility? VolatilityIn(IReadOnlyList<SqlToken> t, int from)
    {
        Volatility? found = null;
        for (var i = from; i < t.Count; i++)
        {
            if (t[i].IsWord("begin")) break;
            if (t[i].IsWord("immutable")) found = Volatility.Immutable;
            else if (t[i].IsWord("stable")) found = Volatility.Stable;
            else if (t[i].IsWord("volatile")) found = Volatility.Volatile;
        }
        return found;
    }

    private void ReadDomain(IReadOnlyList<SqlToken> t, int i, SchemaPosition at)
    {
        if (!t.TryReadName(ref i, out var name)) return;
        t.Skip(ref i, "as");
        var type = ColumnType.TryRead(t, ref i, t.Count);
        var constrained = t.ContainsWord(i, t.Count, "check") || t.ContainsWords(i, t.Count, "not", "null");
        _domains.Set(name, at, new DeclaredDomain(type, constrained));
    }

    private void ReadAlterDomain(IReadOnlyList<SqlToken> t, SchemaPosition at)
    {
        var i = 2;
        if (!t.TryReadName(ref i, out var name) || _domains.Last(name) is not { } domain) return;
        if (t.IsWordAt(i, "add") || (t.IsWordAt(i, "set") && t.IsWordAt(i + 1, "not"))) _domains.Set(name, at, domain with { HasConstraints = true });
    }
}
