using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>Triggers: enabling and disabling in place; a new definition drops and creates the trigger.</summary>
public sealed class TriggerEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Trigger];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        unit.Add(target["definition"] ?? "");
        if (target["enabled"] is { } enabled && enabled != "O") unit.Add(Enable(target, enabled, "TRIGGER"));
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add("DROP TRIGGER " + ObjectSql.Ref(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "enabled")) return false;
        unit.Add(Enable(target, target["enabled"] ?? "O", "TRIGGER"));
        return true;
    }

    /// <summary>ALTER TABLE ... ENABLE/DISABLE [REPLICA|ALWAYS] TRIGGER|RULE name for the catalog's O, D, R, A.</summary>
    public static string Enable(SchemaObject o, string state, string what) =>
        $"ALTER TABLE {ObjectSql.ParentRef(o)} {State(state)} {what} {SqlNames.Ident(ObjectSql.Name(o))}";

    public static string State(string state) => state switch
    {
        "D" => "DISABLE",
        "R" => "ENABLE REPLICA",
        "A" => "ENABLE ALWAYS",
        _ => "ENABLE",
    };
}

/// <summary>Event triggers: enabling and disabling in place; another event, tag list or function makes a new one.</summary>
public sealed class EventTriggerEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.EventTrigger];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        unit.Add(SqlNames.Join("CREATE EVENT TRIGGER", ObjectSql.Ref(target), "ON", target["event"],
            target["tags"] is { } tags ? $"WHEN TAG IN ({tags})" : null, $"EXECUTE FUNCTION {target["function"]}()"));
        if (target["enabled"] is { } enabled && enabled != "O") unit.Add($"ALTER EVENT TRIGGER {ObjectSql.Ref(target)} {TriggerEmitter.State(enabled)}");
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "enabled")) return false;
        unit.Add($"ALTER EVENT TRIGGER {ObjectSql.Ref(target)} {TriggerEmitter.State(target["enabled"] ?? "O")}");
        return true;
    }
}

/// <summary>Rules: CREATE OR REPLACE RULE for a new definition, ALTER TABLE for enabling.</summary>
public sealed class RuleEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Rule];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        unit.Add(Definition(target));
        if (target["enabled"] is { } enabled && enabled != "O") unit.Add(TriggerEmitter.Enable(target, enabled, "RULE"));
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add("DROP RULE " + ObjectSql.Ref(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "enabled", "definition", "event")) return false;
        if (Has(changes, "definition") || Has(changes, "event"))
        {
            var definition = Definition(target);
            unit.Add("CREATE OR REPLACE RULE" + definition["CREATE RULE".Length..]);
        }
        if (Has(changes, "enabled")) unit.Add(TriggerEmitter.Enable(target, target["enabled"] ?? "O", "RULE"));
        return true;
    }

    private static string Definition(SchemaObject rule) => (rule["definition"] ?? "").TrimEnd().TrimEnd(';');
}

/// <summary>Policies: roles and expressions change with ALTER POLICY; another command or kind (or dropping USING) makes a new policy.</summary>
public sealed class PolicyEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Policy];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) =>
        unit.Add(SqlNames.Join("CREATE POLICY", ObjectSql.Ref(target),
            "AS " + (target["permissive"] == "false" ? "RESTRICTIVE" : "PERMISSIVE"),
            "FOR " + (target["command"] ?? "ALL"), "TO " + Roles(target["roles"]),
            target["using"] is { } u ? $"USING ({u})" : null,
            target["withCheck"] is { } w ? $"WITH CHECK ({w})" : null));

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add("DROP POLICY " + ObjectSql.Ref(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "roles", "using", "withCheck")) return false;
        if (Has(changes, "using") && target["using"] is null) return false;
        if (Has(changes, "withCheck") && target["withCheck"] is null) return false;
        unit.Add(SqlNames.Join("ALTER POLICY", ObjectSql.Ref(target),
            Has(changes, "roles") ? "TO " + Roles(target["roles"]) : null,
            Has(changes, "using") ? $"USING ({target["using"]})" : null,
            Has(changes, "withCheck") ? $"WITH CHECK ({target["withCheck"]})" : null));
        return true;
    }

    private static string Roles(string? roles) => roles is null
        ? "PUBLIC"
        : string.Join(", ", roles.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(SqlNames.Role));
}

/// <summary>Extended statistics: the target changes in place, a new definition makes new statistics.</summary>
public sealed class StatisticsEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.ExtendedStatistic];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        unit.Add(target["definition"] ?? "");
        if (target["target"] is { } t) unit.Add($"ALTER STATISTICS {ObjectSql.Ref(target)} SET STATISTICS {t}");
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "target")) return false;
        unit.Add($"ALTER STATISTICS {ObjectSql.Ref(target)} SET STATISTICS {target["target"] ?? "-1"}");
        return true;
    }
}
