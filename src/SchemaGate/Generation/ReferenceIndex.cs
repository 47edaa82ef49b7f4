using SchemaGate.Catalog;
using SchemaGate.Sql;

namespace SchemaGate.Generation;

/// <summary>
/// What each object of a snapshot refers to, read from its deparsed text: the tables, views, sequences, types,
/// collations and functions its definition, default, type or expression names, and the columns of those tables it
/// names. A snapshot has no dependency graph (no OIDs), so this is an over-approximation by name: a word that happens
/// to equal a table's name counts as a reference. That only ever makes the generator drop and recreate a view or
/// order a statement earlier than strictly needed. Unqualified names are resolved in <c>public</c>, as the
/// deparser writes them for the default search path. Also: every object refers to its schema and its parent.
/// </summary>
public sealed class ReferenceIndex
{
    private static readonly ObjectKind[] Referenceable =
    [
        ObjectKind.Table, ObjectKind.View, ObjectKind.MaterializedView, ObjectKind.ForeignTable, ObjectKind.Sequence,
        ObjectKind.Enum, ObjectKind.Domain, ObjectKind.CompositeType, ObjectKind.RangeType, ObjectKind.MultirangeType,
        ObjectKind.Collation, ObjectKind.Function, ObjectKind.Procedure, ObjectKind.Aggregate,
    ];

    private readonly SchemaSnapshot _snapshot;
    private readonly Dictionary<(string Schema, string Name), List<SchemaObject>> _byName = [];
    private readonly Dictionary<string, Dictionary<string, SchemaObject>> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SchemaObject>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<ObjectKey, IReadOnlySet<ObjectKey>> _refs = [];
    private Dictionary<ObjectKey, List<ObjectKey>>? _referrers;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<string> _oddNames = [];

    public ReferenceIndex(SchemaSnapshot snapshot)
    {
        _snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        foreach (var o in snapshot.Objects)
        {
            if (Array.IndexOf(Referenceable, o.Kind) >= 0)
            {
                var key = (o.Schema, ObjectSql.Name(o));
                if (!_byName.TryGetValue(key, out var list)) _byName[key] = list = [];
                list.Add(o);
                if (_names.Add(key.Item2) && !key.Item2.All(c => char.IsLetterOrDigit(c) || c is '_' or '$')) _oddNames.Add(key.Item2);
            }
            if (o.Kind == ObjectKind.Column)
            {
                if (!_columns.TryGetValue(o.Parent!, out var cols)) _columns[o.Parent!] = cols = new(StringComparer.Ordinal);
                cols[ObjectSql.Name(o)] = o;
            }
            if (o.Parent is not null)
            {
                if (!_children.TryGetValue(o.Parent, out var kids)) _children[o.Parent] = kids = [];
                kids.Add(o);
            }
        }
    }

    public SchemaSnapshot Snapshot => _snapshot;

    /// <summary>The objects whose parent is <paramref name="identity"/> (columns, constraints, indexes, partitions...).</summary>
    public IReadOnlyList<SchemaObject> Children(string identity) =>
        _children.TryGetValue(identity, out var kids) ? kids : [];

    /// <summary>The columns of a table or foreign table, in position order.</summary>
    public IReadOnlyList<SchemaObject> Columns(string table) =>
        _columns.TryGetValue(table, out var cols)
            ? cols.Values.OrderBy(c => int.Parse(c["position"] ?? "0", System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : [];

    public SchemaObject? Column(string table, string name) =>
        _columns.TryGetValue(table, out var cols) ? cols.GetValueOrDefault(name) : null;

    /// <summary>The objects named <paramref name="name"/> in <paramref name="schema"/> (a table, a type, every overload of a function).</summary>
    public IReadOnlyList<SchemaObject> Named(string schema, string name) =>
        _byName.TryGetValue((schema, name), out var list) ? list : [];

    /// <summary>What <paramref name="o"/> refers to (never itself).</summary>
    public IReadOnlySet<ObjectKey> RefsOf(SchemaObject o)
    {
        var key = ObjectKey.Of(o);
        lock (_gate)
            if (_refs.TryGetValue(key, out var known)) return known;
        var found = Compute(o);
        found.Remove(key);
        lock (_gate) _refs[key] = found;
        return found;
    }

    /// <summary>
    /// The objects that name <paramref name="key"/> in their text or attributes (built once, over the whole snapshot,
    /// on first use). Containment is not a reference here: a schema's objects and a table's columns are found with
    /// <see cref="Children"/>, not as referrers. Objects whose texts hold no name of the schema are skipped after one
    /// pass over their words, which keeps this cheap on large snapshots.
    /// </summary>
    public IReadOnlyList<ObjectKey> ReferrersOf(ObjectKey key)
    {
        if (_referrers is null)
        {
            var map = new Dictionary<ObjectKey, List<ObjectKey>>();
            foreach (var o in _snapshot.Objects)
            {
                if (!MayReferToOthers(o)) continue;
                var self = ObjectKey.Of(o);
                foreach (var r in RefsOf(o))
                {
                    if (r.Kind == ObjectKind.Schema || r.Identity == o.Parent) continue;
                    if (!map.TryGetValue(r, out var list)) map[r] = list = [];
                    list.Add(self);
                }
            }
            _referrers = map;
        }
        var external = _referrers.TryGetValue(key, out var found) ? found : [];
        if (key.Kind != ObjectKind.Column || _snapshot.Find(ObjectKind.Column, key.Identity) is not { Parent: { } table } column) return external;
        // A column is also used by what sits on its own table and names it (an index, a check, a trigger, a policy).
        var name = ObjectSql.Name(column);
        var local = Children(table).Where(c => c.Kind != ObjectKind.Column && c.Kind != ObjectKind.Table && Texts(c).Any(t => t is not null && HasWord(t, name)))
            .Select(ObjectKey.Of);
        return [.. external, .. local.Where(k => !external.Contains(k))];
    }

    private static bool HasWord(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !IsWord(text[at - 1]);
            var after = at + word.Length >= text.Length || !IsWord(text[at + word.Length]);
            if (before && after) return true;
            at += word.Length;
        }
        return false;

        static bool IsWord(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
    }

    /// <summary>False when nothing but the object's schema and parent can be among its references.</summary>
    private bool MayReferToOthers(SchemaObject o)
    {
        if (o.Kind is ObjectKind.Constraint && o["type"] == "foreign key") return true;
        if (o.Kind is ObjectKind.Sequence && o["ownedBy"] is not null) return true;
        if (o.Kind is ObjectKind.Publication) return true;
        foreach (var (_, attribute) in NamedRefs(o.Kind))
            if (o[attribute] is not null) return true;
        // Its own table's name (every index definition has it) says nothing new.
        // Its own table's name (every index definition has it) says nothing new. (Its own table's columns are found
        // the other way round: see ReferrersOf.)
        var parent = o.Parent is { } p && p.Length > o.Schema.Length && p.StartsWith(o.Schema, StringComparison.Ordinal) ? p[(o.Schema.Length + 1)..] : null;
        foreach (var text in Texts(o))
            if (!string.IsNullOrEmpty(text) && NamesSomething(text, parent)) return true;
        return false;
    }

    private HashSet<ObjectKey> Compute(SchemaObject o)
    {
        var refs = new HashSet<ObjectKey>();
        if (o.Kind != ObjectKind.Schema && o.Schema.Length > 0) refs.Add(new ObjectKey(ObjectKind.Schema, o.Schema));
        if (o.Parent is not null)
        {
            var parent = FindRelation(o.Parent) ?? _snapshot.Find(ObjectKind.RangeType, o.Parent);
            if (parent is not null) refs.Add(ObjectKey.Of(parent));
        }
        var tables = new List<string>();
        if (o.Parent is not null) tables.Add(o.Parent);
        foreach (var text in Texts(o))
            if (!string.IsNullOrEmpty(text)) Scan(text, refs, tables);
        foreach (var (kind, attribute) in NamedRefs(o.Kind))
        {
            var value = o[attribute];
            if (value is null) continue;
            if (kind == ObjectKind.Table)
            {
                foreach (var part in value.Split(", ", StringSplitOptions.RemoveEmptyEntries))
                    if (FindRelation(part) is { } rel) refs.Add(ObjectKey.Of(rel));
            }
            else if (_snapshot.Find(kind, value) is { } named) refs.Add(ObjectKey.Of(named));
        }
        if (o.Kind == ObjectKind.Constraint && o["type"] == "foreign key")
            foreach (var table in ReferencedTables(o))
                foreach (var key in Children(table).Where(k => k.Kind == ObjectKind.Constraint && k["type"] is "primary key" or "unique"
                                                               || k.Kind == ObjectKind.Index && k["unique"] == "true"))
                    refs.Add(ObjectKey.Of(key));
        if (o.Kind == ObjectKind.Publication && o["schemas"] is { } schemas)
            foreach (var s in ParseNameList(schemas)) refs.Add(new ObjectKey(ObjectKind.Schema, s));
        if (o.Kind == ObjectKind.Sequence && o["ownedBy"] is { } ownedBy && o.Parent is not null)
            refs.Add(new ObjectKey(ObjectKind.Column, ownedBy));
        return refs;
    }

    /// <summary>Attributes that name another object outright (not in an expression).</summary>
    private static IEnumerable<(ObjectKind Kind, string Attribute)> NamedRefs(ObjectKind kind) => kind switch
    {
        ObjectKind.ForeignTable => [(ObjectKind.ForeignServer, "server")],
        ObjectKind.ForeignServer => [(ObjectKind.ForeignDataWrapper, "wrapper")],
        ObjectKind.UserMapping => [(ObjectKind.ForeignServer, "server")],
        ObjectKind.Table => [(ObjectKind.Table, "inherits"), (ObjectKind.Table, "partitionOf")],
        ObjectKind.RangeType => [(ObjectKind.MultirangeType, "multirange")],
        _ => [],
    };

    /// <summary>The texts of an object that can name other objects.</summary>
    private static IEnumerable<string?> Texts(SchemaObject o)
    {
        switch (o.Kind)
        {
            case ObjectKind.Column:
                return [o["type"], o["default"], o["generated"], o["collation"]];
            case ObjectKind.Domain:
                return [o["baseType"], o["default"], o["checks"], o["collation"]];
            case ObjectKind.CompositeType:
                return [o["attributes"]];
            case ObjectKind.RangeType:
                return [o["subtype"], o["subtypeOpclass"], o["collation"], o["canonical"], o["subtypeDiff"]];
            case ObjectKind.Constraint or ObjectKind.Index or ObjectKind.View or ObjectKind.MaterializedView or ObjectKind.Trigger
                or ObjectKind.Rule or ObjectKind.ExtendedStatistic:
                return [o["definition"], o["predicate"]];
            case ObjectKind.Function or ObjectKind.Procedure:
                var definition = o["definition"] ?? "";
                // Only a SQL-standard body (BEGIN ATOMIC / RETURN) is parsed when the function is created; other bodies are strings.
                var atomic = definition.Contains("BEGIN ATOMIC", StringComparison.Ordinal) || !definition.Contains('$');
                return atomic && o["language"] == "sql" ? [definition] : [ObjectSql.Arguments(o), o["returns"]];
            case ObjectKind.Aggregate:
                return [o["arguments"], o["sfunc"], o["stype"], o["finalfunc"], o["combinefunc"], o["serialfunc"], o["deserialfunc"],
                    o["msfunc"], o["minvfunc"], o["mstype"], o["mfinalfunc"]];
            case ObjectKind.Operator:
                return [o["leftArg"], o["rightArg"], o["function"], o["restrict"], o["join"]];
            case ObjectKind.Cast:
                return [o.Identity, o["function"]];
            case ObjectKind.Policy:
                return [o["using"], o["withCheck"]];
            case ObjectKind.Publication:
                return [o["tables"]];
            case ObjectKind.EventTrigger:
                return [o["function"]];
            case ObjectKind.ForeignDataWrapper:
                return [o["handler"], o["validator"]];
            default:
                return [];
        }
    }

    private void Scan(string text, HashSet<ObjectKey> refs, List<string> tables)
    {
        var tokens = SqlLexer.Tokenize(text).Where(t => !t.IsTrivia).ToArray();
        var words = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind is SqlTokenKind.String && i + 2 < tokens.Length && tokens[i + 1].Text == "::" &&
                tokens[i + 2].Kind == SqlTokenKind.Word && tokens[i + 2].Value.StartsWith("reg", StringComparison.Ordinal))
            {
                // 'public.s'::regclass, 'f(integer)'::regprocedure: the string names an object.
                var name = t.Value;
                var paren = name.IndexOf('(', StringComparison.Ordinal);
                if (paren > 0) name = name[..paren];
                var parts = ParseNameList(name.Replace('.', ',')).ToList();
                Resolve(parts, refs, tables);
                continue;
            }
            if (t.Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)) continue;
            var chain = new List<string> { t.Value };
            while (i + 2 < tokens.Length && tokens[i + 1].Text == "." &&
                   tokens[i + 2].Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)
            {
                chain.Add(tokens[i + 2].Value);
                i += 2;
            }
            Resolve(chain, refs, tables);
            words.Add(chain[^1]);
        }
        // Columns: a word equal to a column of the parent or of a table the text names.
        foreach (var table in tables)
        {
            if (!_columns.TryGetValue(table, out var cols)) continue;
            foreach (var w in words)
                if (cols.TryGetValue(w, out var col)) refs.Add(ObjectKey.Of(col));
        }
    }

    private bool NamesSomething(string text, string? except = null)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!IsWordChar(span[i])) { i++; continue; }
            var start = i;
            while (i < span.Length && IsWordChar(span[i])) i++;
            var word = span[start..i];
            if (lookup.Contains(word) && (except is null || !word.SequenceEqual(except))) return true;
        }
        // Names no word scan can see ("my table", "a-b") are looked for as they are.
        foreach (var odd in _oddNames)
            if (text.Contains(odd, StringComparison.Ordinal)) return true;
        return false;

        static bool IsWordChar(char c) => c < 128 ? (uint)((c | 0x20) - 'a') < 26 || (uint)(c - '0') < 10 || c is '_' or '$' : char.IsLetterOrDigit(c);
    }

    private void Resolve(List<string> chain, HashSet<ObjectKey> refs, List<string> tables)
    {
        if (chain.Count == 0) return;
        if (chain.Count >= 2)
        {
            // schema.name, schema.table.column, or alias.column (the alias is often the table's own name).
            if (Add(chain[0], chain[1], refs, tables)) return;
            Add("public", chain[0], refs, tables);
            return;
        }
        Add("public", chain[0], refs, tables);
    }

    private bool Add(string schema, string name, HashSet<ObjectKey> refs, List<string> tables)
    {
        if (!_byName.TryGetValue((schema, name), out var list)) return false;
        foreach (var o in list)
        {
            refs.Add(ObjectKey.Of(o));
            if (o.Kind is ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView or ObjectKind.ForeignTable)
                tables.Add(o.Identity);
        }
        return true;
    }

    /// <summary>The tables a foreign key refers to (the name after REFERENCES).</summary>
    public IReadOnlyList<string> ReferencedTables(SchemaObject constraint)
    {
        var definition = constraint["definition"] ?? "";
        var at = definition.IndexOf(" REFERENCES ", StringComparison.Ordinal);
        if (at < 0) return [];
        var tokens = SqlLexer.Tokenize(definition[(at + " REFERENCES ".Length)..]).Where(t => !t.IsTrivia).ToArray();
        var chain = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier)) break;
            chain.Add(tokens[i].Value);
            if (i + 1 >= tokens.Length || tokens[i + 1].Text != ".") break;
            i++;
        }
        var (schema, name) = chain.Count >= 2 ? (chain[0], chain[1]) : ("public", chain.FirstOrDefault() ?? "");
        return Named(schema, name).Where(r => r.Kind == ObjectKind.Table).Select(r => r.Identity).ToList();
    }

    private SchemaObject? FindRelation(string identity) =>
        _snapshot.Find(ObjectKind.Table, identity) ?? _snapshot.Find(ObjectKind.View, identity)
        ?? _snapshot.Find(ObjectKind.MaterializedView, identity) ?? _snapshot.Find(ObjectKind.ForeignTable, identity);

    /// <summary>Comma-separated SQL names (quoted or not) as their values: <c>app, "Odd"</c> gives app and Odd.</summary>
    public static IEnumerable<string> ParseNameList(string text) =>
        SqlLexer.Tokenize(text).Where(t => t.Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier).Select(t => t.Value);
}
