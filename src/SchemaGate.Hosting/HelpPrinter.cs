using System.Collections;
using System.Globalization;

namespace SchemaGate.Hosting;

/// <summary><c>--help</c>: usage, every listed target with its direct dependencies and description, then every parameter.</summary>
internal static class HelpPrinter
{
    public static void Write(TextWriter output, TargetGraph graph, IReadOnlyList<ParameterDescriptor> parameters, TargetNode? defaultTarget)
    {
        output.WriteLine("Usage: ./build.sh [targets] [--target A+B] [--skip [A+B]] [--plan] [--help] [--verbose] [--profile <name>] [--<parameter> <value>]");
        output.WriteLine();
        output.WriteLine("Targets (run in dependency order; the default runs when none is given):");
        var listed = graph.Targets.Where(t => !t.Definition.IsUnlisted).ToList();
        var width = listed.Select(t => t.Name.Length + (t == defaultTarget ? " (default)".Length : 0)).DefaultIfEmpty(0).Max();
        foreach (var t in listed)
        {
            var name = t == defaultTarget ? t.Name + " (default)" : t.Name;
            var line = $"  {name.PadRight(width)}";
            if (t.DependsOn.Count > 0) line += "  -> " + string.Join(", ", t.DependsOn.Select(d => d.Name));
            if (!string.IsNullOrWhiteSpace(t.Description)) line += "  " + t.Description;
            output.WriteLine(line.TrimEnd());
        }

        output.WriteLine();
        output.WriteLine("Parameters (command line, then environment, then .nuke/parameters.json):");
        if (parameters.Count == 0) output.WriteLine("  (none)");
        foreach (var p in parameters)
        {
            output.WriteLine($"  {p.CliName}  (env {p.EnvName}; {p.TypeLabel}{(p.Secret ? "; secret" : "")})");
            if (!string.IsNullOrWhiteSpace(p.Description)) output.WriteLine($"      {p.Description}");
            if (p.AllowedValues is { Count: > 0 }) output.WriteLine($"      allowed: {string.Join(", ", p.AllowedValues)}");
            var shownDefault = p.Secret ? null : Show(p.DefaultValue);
            if (shownDefault is not null) output.WriteLine($"      default: {shownDefault}");
        }

        output.WriteLine();
        output.WriteLine("Host options:");
        output.WriteLine("  --target A+B     targets to run (also by position)");
        output.WriteLine("  --skip [A+B]     skip these targets; bare --skip runs only the named targets, no dependencies");
        output.WriteLine("  --plan           print the execution order and exit");
        output.WriteLine("  --profile <name> also read .nuke/parameters.<name>.json");
        output.WriteLine("  --verbose        print stack traces of failures");
        output.WriteLine("  --help, -h       this help");
    }

    private static string? Show(object? value) => value switch
    {
        null => null,
        string s when s.Length == 0 => null,
        string s => s,
        bool b => b ? "true" : "false",
        TimeSpan t => t.TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join(", ", e.Cast<object?>()),
        _ => value.ToString(),
    };
}
