using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Functions and procedures: their definition is pg_get_functiondef's CREATE OR REPLACE statement, so a new body,
/// volatility or security replaces them in place; a new result type cannot, so they are dropped and created again
/// (with whatever depends on them).
/// </summary>
public sealed class FunctionEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Function, ObjectKind.Procedure];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) => unit.Add(target["definition"] ?? "");

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (Has(changes, "returns")) return false;
        if (!Only(changes, "definition", "volatility", "securityDefiner", "language")) return false;
        unit.Add(target["definition"] ?? "");
        return true;
    }
}

/// <summary>Aggregates: CREATE AGGREGATE with every support function; any change is CREATE OR REPLACE AGGREGATE (its kind is part of its identity).</summary>
public sealed class AggregateEmitter : KindEmitter
{
    private static readonly (string Attribute, string Option)[] Options =
    [
        ("sfunc", "SFUNC"), ("stype", "STYPE"), ("sspace", "SSPACE"), ("finalfunc", "FINALFUNC"), ("finalfuncExtra", "FINALFUNC_EXTRA"),
        ("finalfuncModify", "FINALFUNC_MODIFY"), ("combinefunc", "COMBINEFUNC"), ("serialfunc", "SERIALFUNC"),
        ("deserialfunc", "DESERIALFUNC"), ("initcond", "INITCOND"), ("msfunc", "MSFUNC"), ("minvfunc", "MINVFUNC"),
        ("mstype", "MSTYPE"), ("msspace", "MSSPACE"), ("mfinalfunc", "MFINALFUNC"), ("mfinalfuncExtra", "MFINALFUNC_EXTRA"),
        ("mfinalfuncModify", "MFINALFUNC_MODIFY"), ("minitcond", "MINITCOND"), ("sortop", "SORTOP"), ("parallel", "PARALLEL"),
    ];

    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Aggregate];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) => unit.Add(Statement("CREATE AGGREGATE", target));

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (Has(changes, "aggregateKind") || Has(changes, "arguments")) return false;
        unit.Add(Statement("CREATE OR REPLACE AGGREGATE", target));
        return true;
    }

    private static string Statement(string verb, SchemaObject a)
    {
        var options = new List<string>();
        foreach (var (attribute, option) in Options)
        {
            if (a[attribute] is not { } value) continue;
            switch (attribute)
            {
                case "finalfuncExtra" or "mfinalfuncExtra":
                    if (value == "true") options.Add(option);
                    break;
                case "initcond" or "minitcond":
                    options.Add($"{option} = {SqlNames.Literal(value)}");
                    break;
                default:
                    options.Add($"{option} = {value}");
                    break;
            }
        }
        if (a["aggregateKind"] == "hypothetical") options.Add("HYPOTHETICAL");
        return $"{verb} {SqlNames.Qualified(a.Schema, ObjectSql.Name(a))}({a["arguments"]}) ({string.Join(", ", options)})";
    }
}

/// <summary>Operators: the selectivity estimators change in place (ALTER OPERATOR ... SET); anything else makes a new operator.</summary>
public sealed class OperatorEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Operator];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        var options = new List<string> { "FUNCTION = " + target["function"] };
        if (target["leftArg"] is { } left) options.Add("LEFTARG = " + left);
        if (target["rightArg"] is { } right) options.Add("RIGHTARG = " + right);
        if (target["commutator"] is { } com) options.Add("COMMUTATOR = " + com);
        if (target["negator"] is { } neg) options.Add("NEGATOR = " + neg);
        if (target["restrict"] is { } rest) options.Add("RESTRICT = " + rest);
        if (target["join"] is { } join) options.Add("JOIN = " + join);
        if (target["hashes"] == "true") options.Add("HASHES");
        if (target["merges"] == "true") options.Add("MERGES");
        unit.Add($"CREATE OPERATOR {SqlNames.Ident(target.Schema)}.{ObjectSql.Name(target)} ({string.Join(", ", options)})");
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "restrict", "join")) return false;
        var set = new List<string>();
        if (Has(changes, "restrict")) set.Add("RESTRICT = " + (target["restrict"] ?? "NONE"));
        if (Has(changes, "join")) set.Add("JOIN = " + (target["join"] ?? "NONE"));
        unit.Add($"ALTER OPERATOR {ObjectSql.Ref(target)} SET ({string.Join(", ", set)})");
        return true;
    }
}

/// <summary>Casts: nothing about a cast can be altered, so a change drops and creates it.</summary>
public sealed class CastEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Cast];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        var how = target["method"] switch
        {
            "function" => "WITH FUNCTION " + target["function"],
            "inout" => "WITH INOUT",
            _ => "WITHOUT FUNCTION",
        };
        var context = target["context"] switch
        {
            "implicit" => "AS IMPLICIT",
            "assignment" => "AS ASSIGNMENT",
            _ => null,
        };
        unit.Add(SqlNames.Join("CREATE CAST", target.Identity, how, context));
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx) =>
        changes.Count == 0;
}
