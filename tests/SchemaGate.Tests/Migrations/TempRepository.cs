using System.Text;

namespace SchemaGate.Tests.Migrations;

/// <summary>A throwaway repository folder with a migrations/ folder, deleted on dispose.</summary>
internal sealed class TempRepository : IDisposable
{
    public TempRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "schemagate-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "migrations"));
    }

    public string Root { get; }

    public string Migrations => Path.Combine(Root, "migrations");

    public TempRepository Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public TempRepository WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Migrations, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
