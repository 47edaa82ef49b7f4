using System.Text;
using SchemaGate.Catalog;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation;

/// <summary>One generated script: its text and, for each statement, the 1-based line it starts on.</summary>
public sealed record RenderedScript(string Text, IReadOnlyList<int> StatementLines)
{
    public bool IsEmpty => StatementLines.Count == 0;
}

/// <summary>The main script and the online one (null when nothing needs to run outside a transaction).</summary>
public sealed record RenderedScripts(RenderedScript Main, RenderedScript? Online);

/// <summary>
/// Writes a plan as SQL text. The main script runs in one transaction (SchemaGate's runner wraps it; with psql use
/// --single-transaction): it sets a local lock_timeout, and check_function_bodies off when it creates functions (a
/// function body may name a table created further down, as pg_dump's scripts also allow). The online script starts
/// with <c>-- schemagate:no-transaction</c> and runs statement by statement after the main one. Each statement is
/// preceded by its unit's notes and by the annotations given for it (the rules it triggers).
/// </summary>
public static class ScriptWriter
{
    public const string LockTimeout = "5s";

    public static RenderedScripts Render(MigrationPlan plan, IReadOnlyList<string> header,
        Func<ScriptPhase, int, IReadOnlyList<string>>? annotations = null, IReadOnlyList<string>? onlineHeader = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(header);
        var main = Render(plan.Main, ScriptPhase.Main, header, annotations);
        var online = plan.Online.Count == 0 ? null : Render(plan.Online, ScriptPhase.Online, onlineHeader ?? header, annotations);
        return new RenderedScripts(main, online);
    }

    private static RenderedScript Render(IReadOnlyList<PlanUnit> units, ScriptPhase phase, IReadOnlyList<string> header,
        Func<ScriptPhase, int, IReadOnlyList<string>>? annotations)
    {
        var sb = new StringBuilder();
        var line = 1;
        var lines = new List<int>();
        void Line(string text)
        {
            sb.Append(text).Append('\n');
            line += text.Count(c => c == '\n') + 1;
        }

        if (phase == ScriptPhase.Online) Line("-- schemagate:no-transaction");
        foreach (var h in header) Line(h.Length == 0 ? "--" : "-- " + h);
        if (units.Count > 0)
        {
            Line("");
            Line(phase == ScriptPhase.Main ? $"SET LOCAL lock_timeout = '{LockTimeout}';" : $"SET lock_timeout = '{LockTimeout}';");
            if (phase == ScriptPhase.Main && units.Any(u => u.Subject.Kind is ObjectKind.Function or ObjectKind.Procedure && u.Action != UnitAction.Drop))
                Line("SET LOCAL check_function_bodies = false;");
        }
        var index = 0;
        foreach (var unit in units)
        {
            Line("");
            foreach (var note in unit.Notes) Line("-- note: " + note);
            foreach (var statement in unit.Statements)
            {
                if (annotations is not null)
                    foreach (var a in annotations(phase, index)) Line("-- " + a);
                lines.Add(line);
                Line(statement.TrimEnd() + ";");
                index++;
            }
        }
        return new RenderedScript(sb.ToString(), lines);
    }
}
