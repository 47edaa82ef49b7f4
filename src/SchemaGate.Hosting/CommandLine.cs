using SchemaGate.Failures;

namespace SchemaGate.Hosting;

/// <summary>A parameter as written on the command line: the name as typed and the values that followed it.</summary>
internal sealed record ParameterArgument(string Name, ParameterDescriptor Parameter, IReadOnlyList<string> Values);

/// <summary>
/// The parsed command line: targets by position or <c>--target A+B</c>, <c>--skip [A+B]</c>, <c>--plan</c>,
/// <c>--help</c>, <c>--verbose</c>, <c>--profile name</c>, and <c>--parameter value</c> / <c>--parameter=value</c>.
/// </summary>
internal sealed record CommandLine(
    IReadOnlyList<string> Targets,
    IReadOnlyList<string>? Skip,
    bool Plan,
    bool Help,
    bool Verbose,
    IReadOnlyList<string> Profiles,
    IReadOnlyList<ParameterArgument> Parameters)
{
    /// <summary>The options the host owns (normalized); no parameter may use these names.</summary>
    public static readonly IReadOnlySet<string> ReservedOptions =
        new HashSet<string>(["target", "skip", "plan", "help", "h", "verbose", "profile"]);

    /// <summary>True when any form of help was asked for; checked before anything else is parsed.</summary>
    public static bool AsksForHelp(IReadOnlyList<string> args) =>
        args.Any(a => a is "-h" or "-?" or "/?" || (a.StartsWith("--", StringComparison.Ordinal) && ParameterNames.Normalize(a[2..].Split('=')[0]) == "help"));

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyList<ParameterDescriptor> parameters)
    {
        var targets = new List<string>();
        List<string>? skip = null;
        var profiles = new List<string>();
        var arguments = new List<ParameterArgument>();
        bool plan = false, help = false, verbose = false;

        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token is "-h" or "-?" or "/?")
            {
                help = true;
                continue;
            }
            if (!IsOption(token))
            {
                targets.AddRange(SplitTargets(token));
                continue;
            }

            var body = token[2..];
            string? inline = null;
            var eq = body.IndexOf('=');
            if (eq >= 0)
            {
                inline = body[(eq + 1)..];
                body = body[..eq];
            }
            var name = ParameterNames.Normalize(body);
            if (name.Length == 0)
                throw new UsageException($"'{token}' is not an option.");

            switch (name)
            {
                case "target":
                    targets.AddRange(TakeMany(args, ref i, inline).SelectMany(SplitTargets));
                    break;
                case "skip":
                    skip ??= [];
                    skip.AddRange(TakeMany(args, ref i, inline).SelectMany(SplitTargets));
                    break;
                case "plan":
                    plan = Flag(inline, token);
                    break;
                case "help" or "h":
                    help = true;
                    break;
                case "verbose":
                    verbose = Flag(inline, token);
                    break;
                case "profile":
                    var given = TakeMany(args, ref i, inline);
                    if (given.Count == 0) throw new UsageException("--profile needs a name: --profile <name>.");
                    profiles.AddRange(given.SelectMany(p => p.Split('+', StringSplitOptions.RemoveEmptyEntries)));
                    break;
                default:
                    var parameter = parameters.FirstOrDefault(p => p.Normalized == name)
                        ?? throw UnknownParameter(token, parameters);
                    arguments.Add(new ParameterArgument(body, parameter, TakeValues(parameter, args, ref i, inline)));
                    break;
            }
        }

        return new CommandLine(targets, skip, plan, help, verbose, profiles, arguments);
    }

    private static bool IsOption(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2;

    private static IEnumerable<string> SplitTargets(string token) => token.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Flag(string? inline, string token) =>
        inline is null || (ParameterValueParser.ParseBool(inline) ?? throw new UsageException($"'{token}' takes true or false."));

    /// <summary>An option's inline value, or every following token up to the next option.</summary>
    private static List<string> TakeMany(IReadOnlyList<string> args, ref int i, string? inline)
    {
        if (inline is not null) return [inline];
        var values = new List<string>();
        while (i + 1 < args.Count && !IsOption(args[i + 1])) values.Add(args[++i]);
        return values;
    }

    private static IReadOnlyList<string> TakeValues(ParameterDescriptor parameter, IReadOnlyList<string> args, ref int i, string? inline)
    {
        if (parameter.IsList)
        {
            return inline is not null
                ? inline.Split([',', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : TakeMany(args, ref i, null);
        }
        if (inline is not null) return [inline];
        if (i + 1 >= args.Count || IsOption(args[i + 1])) return [];
        // A flag only takes the next token when it reads as a boolean: `--first-deploy Compile` keeps Compile a target.
        if (parameter.IsFlag && ParameterValueParser.ParseBool(args[i + 1]) is null) return [];
        return [args[++i]];
    }

    private static UsageException UnknownParameter(string token, IReadOnlyList<ParameterDescriptor> parameters)
    {
        var valid = parameters.Select(p => p.CliName)
            .Concat(["--target", "--skip", "--plan", "--help", "--verbose", "--profile"]);
        return new UsageException($"Unknown parameter '{token.Split('=')[0]}'. Valid parameters: {string.Join(", ", valid)}.");
    }
}
