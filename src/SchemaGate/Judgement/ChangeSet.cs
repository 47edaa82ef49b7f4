namespace SchemaGate.Judgement;

/// <summary>
/// Which migration scripts this deployment brings: with a production URL, the ones its journal lacks (pending);
/// without one, the ones added or changed against the base branch; without either, every script. Findings about the
/// content of the other scripts are history (nobody can edit an applied script) and never block. <see cref="Files"/>
/// holds repository-relative paths of up scripts; null means every script.
/// </summary>
public sealed record ChangeSet(IReadOnlySet<string>? Files, string Basis)
{
    /// <summary>Every script is part of the change (no production, no base branch).</summary>
    public static ChangeSet Everything(string basis) => new(null, basis);

    public static ChangeSet Of(IEnumerable<string> files, string basis) =>
        new(files.ToHashSet(StringComparer.Ordinal), basis);

    public bool IsEverything => Files is null;

    /// <summary>True when the up script (or the up script of a down script) is part of the change.</summary>
    public bool Includes(string? file) =>
        Files is null || file is null || Files.Contains(file) || Files.Contains(UpScriptOf(file));

    private static string UpScriptOf(string file) =>
        file.EndsWith(".down.sql", StringComparison.OrdinalIgnoreCase) ? file[..^".down.sql".Length] + ".sql" : file;

    /// <summary>"3 of 12 scripts (pending in production)" for the report.</summary>
    public string Describe(int total) => Files is null
        ? $"all {total} script(s) ({Basis})"
        : $"{Files.Count} of {total} script(s) ({Basis})";
}
