namespace SchemaGate.GitHub;

/// <summary>REST paths, with every segment escaped.</summary>
internal static class ApiPaths
{
    public static string Repo(string owner, string repo) =>
        $"repos/{Uri.EscapeDataString(owner)}/{Uri.EscapeDataString(repo)}";
}
