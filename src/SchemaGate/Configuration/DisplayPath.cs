namespace SchemaGate.Configuration;

/// <summary>How a file is named in messages: relative to the repository (forward slashes) when it lies inside it,
/// else its full path; "../../tmp/s.json" tells a reader less than "/tmp/s.json".</summary>
public static class DisplayPath
{
    public static string For(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                      || Path.IsPathRooted(relative);
        return (outside ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }
}
