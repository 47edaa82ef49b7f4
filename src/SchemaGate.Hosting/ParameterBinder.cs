using System.Text.Json;
using SchemaGate.Failures;
using SchemaGate.Security;

namespace SchemaGate.Hosting;

/// <summary>
/// Gives every parameter its value, first source wins: command line, environment (<c>PROD_URL</c>,
/// <c>ProdUrl</c>, <c>NUKE_PROD_URL</c>), <c>.nuke/parameters.&lt;profile&gt;.json</c>, <c>.nuke/parameters.json</c>,
/// then the member's initializer. Secrets are registered with the redactor the moment they are read.
/// </summary>
internal sealed class ParameterBinder(
    IReadOnlyList<ParameterDescriptor> parameters,
    IReadOnlyDictionary<string, string?> environment,
    string rootDirectory,
    Redactor redactor)
{
    public void Bind(object build, CommandLine commandLine)
    {
        foreach (var p in parameters.Where(p => p.Secret))
        {
            if (p.DefaultValue is string s) redactor.Add(s);
            if (p.DefaultValue is string[] a) foreach (var v in a) redactor.Add(v);
        }

        var fromCommandLine = new Dictionary<ParameterDescriptor, List<string>>();
        foreach (var argument in commandLine.Parameters)
        {
            if (argument.Parameter.Secret) foreach (var v in argument.Values) redactor.Add(v);
            if (!fromCommandLine.TryGetValue(argument.Parameter, out var list) || !argument.Parameter.IsList)
                fromCommandLine[argument.Parameter] = list = [];
            list.AddRange(argument.Values);
        }

        var fromEnvironment = new Dictionary<ParameterDescriptor, (string Name, string Value)>();
        foreach (var p in parameters)
        {
            foreach (var envName in p.EnvNames)
            {
                if (!environment.TryGetValue(envName, out var value) || string.IsNullOrEmpty(value)) continue;
                if (p.Secret) redactor.Add(value);
                fromEnvironment[p] = (envName, value);
                break;
            }
        }

        var fromFiles = new Dictionary<ParameterDescriptor, (string File, IReadOnlyList<string> Values)>();
        LoadFile(Path.Combine(rootDirectory, ".nuke", "parameters.json"), required: false, fromFiles);
        foreach (var profile in commandLine.Profiles)
            LoadFile(Path.Combine(rootDirectory, ".nuke", $"parameters.{profile}.json"), required: true, fromFiles);

        foreach (var p in parameters)
        {
            object? value;
            if (fromCommandLine.TryGetValue(p, out var cli))
                value = ParameterValueParser.Parse(p, cli, "the command line");
            else if (fromEnvironment.TryGetValue(p, out var env))
                value = ParameterValueParser.Parse(p, p.IsList ? SplitList(env.Value) : [env.Value], $"environment variable {env.Name}");
            else if (fromFiles.TryGetValue(p, out var file))
                value = ParameterValueParser.Parse(p, file.Values, file.File);
            else
                continue;
            p.SetValue(build, value);
        }
    }

    private static string[] SplitList(string value) =>
        value.Split([',', ';', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void LoadFile(string path, bool required, Dictionary<ParameterDescriptor, (string File, IReadOnlyList<string> Values)> into)
    {
        var display = Path.GetRelativePath(rootDirectory, path);
        if (!File.Exists(path))
        {
            if (required) throw new UsageException($"Profile file {display} does not exist.");
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new UsageException($"{display} is not valid JSON (line {e.LineNumber + 1}).");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new UsageException($"{display} must hold one JSON object of parameter names and values.");
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith('$')) continue;
                var normalized = ParameterNames.Normalize(property.Name);
                var parameter = parameters.FirstOrDefault(p => p.Normalized == normalized)
                    ?? throw new UsageException($"{display} sets unknown parameter '{property.Name}'. Valid parameters: {string.Join(", ", parameters.Select(p => p.Name))}.");
                if (parameter.Secret)
                {
                    // Do not let the value leak even though we refuse it.
                    if (property.Value.ValueKind == JsonValueKind.String) redactor.Add(property.Value.GetString());
                    throw new UsageException(
                        $"{display} sets the secret parameter '{property.Name}'. Secrets never come from committed files: " +
                        $"pass {parameter.CliName} or set the environment variable {parameter.EnvName}.");
                }
                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    into.Remove(parameter);
                    continue;
                }
                into[parameter] = (display, Values(property.Value, display, property.Name));
            }
        }
    }

    private static IReadOnlyList<string> Values(JsonElement element, string file, string name) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Number => [element.GetRawText()],
        JsonValueKind.True => ["true"],
        JsonValueKind.False => ["false"],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Values(e, file, name)).ToArray(),
        _ => throw new UsageException($"{file}: parameter '{name}' must be a string, number, boolean or array."),
    };
}
