using System.Reflection;

namespace SchemaGate.Tracing;

/// <summary>The traced analysis' two embedded queries (Tracing/Queries/*.sql).</summary>
internal static class TraceQueries
{
    public static string BeforeScript { get; } = Read("before_script.sql");
    public static string AfterStatement { get; } = Read("after_statement.sql");

    private static string Read(string file)
    {
        var name = "SchemaGate.Tracing.Queries." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded query {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
