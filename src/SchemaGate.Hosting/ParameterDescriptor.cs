using System.Reflection;
using SchemaGate.Failures;

namespace SchemaGate.Hosting;

/// <summary>One parameter of the build: its names, type, allowed values and the value its initializer gave it.</summary>
internal sealed record ParameterDescriptor(
    string Name,
    MemberInfo Member,
    Type ValueType,
    string Description,
    bool Secret,
    IReadOnlyList<string>? AllowedValues,
    object? DefaultValue)
{
    /// <summary>Documented plain environment variables (<c>PROD_URL</c>), from the attribute.</summary>
    public IReadOnlyList<string> PlainEnvNames { get; init; } = [];

    public string CliName => "--" + ParameterNames.Kebab(Name);

    /// <summary>The environment variable to name in help and messages: the documented one, else <c>SCHEMAGATE_&lt;NAME&gt;</c>.</summary>
    public string EnvName => PlainEnvNames.Count > 0 ? PlainEnvNames[0] : "SCHEMAGATE_" + ParameterNames.ScreamingSnake(Name);

    /// <summary>
    /// The environment variable spellings, in the order they are looked up: the documented ones, then the prefixed
    /// <c>SCHEMAGATE_</c> and <c>NUKE_</c> forms. Never the bare name, which may belong to something else.
    /// </summary>
    public IReadOnlyList<string> EnvNames =>
        [.. PlainEnvNames, "SCHEMAGATE_" + ParameterNames.ScreamingSnake(Name), "NUKE_" + ParameterNames.ScreamingSnake(Name)];

    public string Normalized => ParameterNames.Normalize(Name);

    public Type ScalarType => Nullable.GetUnderlyingType(ValueType) ?? ValueType;

    public bool IsFlag => ScalarType == typeof(bool);

    public bool IsList => ValueType == typeof(string[]);

    public string TypeLabel => ScalarType switch
    {
        var t when t == typeof(string) => "string",
        var t when t == typeof(bool) => "bool (flag)",
        var t when t == typeof(int) => "int",
        var t when t == typeof(double) => "double",
        var t when t == typeof(TimeSpan) => "duration (seconds, 30s, 2m, 1h)",
        var t when t == typeof(string[]) => "list",
        var t when t.IsEnum => "enum",
        var t => t.Name,
    };

    public object? GetValue(object build) => Member switch
    {
        FieldInfo f => f.GetValue(build),
        PropertyInfo p => p.GetValue(build),
        _ => null,
    };

    public void SetValue(object build, object? value)
    {
        switch (Member)
        {
            case FieldInfo f:
                f.SetValue(build, value);
                break;
            case PropertyInfo p:
                p.SetValue(build, value);
                break;
        }
    }

    private static readonly Type[] Supported =
        [typeof(string), typeof(bool), typeof(int), typeof(double), typeof(TimeSpan), typeof(string[])];

    /// <summary>Every [Parameter] field or property of the build type and its base types.</summary>
    public static IReadOnlyList<ParameterDescriptor> Discover(object build)
    {
        var result = new List<ParameterDescriptor>();
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        for (var type = build.GetType(); type is not null && type != typeof(BuildHost); type = type.BaseType)
        {
            foreach (var member in type.GetMembers(flags).OrderBy(m => m.MetadataToken))
            {
                if (member is not (FieldInfo or PropertyInfo)) continue;
                var attribute = member.GetCustomAttribute<ParameterAttribute>();
                if (attribute is null) continue;
                result.Add(Create(build, member, attribute));
            }
        }

        var clash = result.GroupBy(p => p.Normalized).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new UsageException($"Two parameters are both named '{clash.First().Name}'.");
        var reserved = result.FirstOrDefault(p => CommandLine.ReservedOptions.Contains(p.Normalized));
        if (reserved is not null)
            throw new UsageException($"Parameter '{reserved.Name}' uses a name the host reserves ({reserved.CliName}).");
        return result;
    }

    private static ParameterDescriptor Create(object build, MemberInfo member, ParameterAttribute attribute)
    {
        var valueType = member switch
        {
            FieldInfo f => f.FieldType,
            PropertyInfo p => p.PropertyType,
            _ => throw new InvalidOperationException(),
        };
        if (member is PropertyInfo { CanWrite: false })
            throw new UsageException($"Parameter property '{member.Name}' needs a setter.");
        var scalar = Nullable.GetUnderlyingType(valueType) ?? valueType;
        if (!Supported.Contains(scalar) && !scalar.IsEnum)
            throw new UsageException($"Parameter '{member.Name}' has the unsupported type {valueType.Name}.");

        IReadOnlyList<string>? allowed = scalar.IsEnum ? Enum.GetNames(scalar) : attribute.AllowedValues;
        var name = string.IsNullOrWhiteSpace(attribute.Name) ? member.Name : attribute.Name;
        var descriptor = new ParameterDescriptor(name, member, valueType, attribute.Description, attribute.Secret, allowed, null) { PlainEnvNames = attribute.EnvironmentNames ?? [] };
        return descriptor with { DefaultValue = descriptor.GetValue(build) };
    }
}
