namespace SchemaGate.Hosting;

/// <summary>The repository root: the nearest folder holding <c>.nuke/</c> or <c>Pipeline.sln</c>.</summary>
internal static class RootDirectoryLocator
{
    public static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".nuke")) || File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
                return dir.FullName;
        }
        return null;
    }

    /// <summary>Searched upward from the current directory, then from the assembly's folder, else the current directory.</summary>
    public static string Find(string currentDirectory, string assemblyDirectory) =>
        FindFrom(currentDirectory) ?? FindFrom(assemblyDirectory) ?? currentDirectory;
}
