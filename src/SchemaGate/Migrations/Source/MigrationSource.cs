using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Migrations.Source;

/// <summary>
/// Reads a migrations folder: the <c>*.sql</c> files at its top level (subfolders such as <c>seeds/</c> and
/// other files are ignored), named as <see cref="MigrationFileName"/> describes, and checks them against the
/// SG1xx history rules that need no database (SG101-SG107, SG111).
/// </summary>
public static class MigrationSource
{
    /// <param name="migrationsDir">The folder, absolute or relative to <paramref name="repositoryRoot"/>.</param>
    /// <param name="repositoryRoot">Paths in scripts and findings are relative to it.</param>
    /// <exception cref="UsageException">The folder does not exist.</exception>
    /// <remarks>Reading and lexing run on the thread pool: a large script takes a while, and the files are read synchronously.</remarks>
    public static Task<MigrationSet> LoadAsync(string migrationsDir, string repositoryRoot, CancellationToken ct) =>
        Task.Run(() => Load(migrationsDir, repositoryRoot, ct), ct);

    private static MigrationSet Load(string migrationsDir, string repositoryRoot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(migrationsDir);
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        var root = Path.GetFullPath(repositoryRoot);
        var folder = Path.GetFullPath(migrationsDir, root);
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"The migrations folder '{Relative(root, folder)}' does not exist.");
        }

        var findings = new List<Finding>();
        var files = new List<ScriptFile>();
        foreach (var path in Directory.EnumerateFiles(folder).Where(p => !Path.GetExtension(p).Equals(".sql", StringComparison.OrdinalIgnoreCase))
                     .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal))
        {
            if (NearMissFileName.Suggest(Path.GetFileName(path)) is { } name)
                findings.Add(MigrationFileRules.NotPickedUp.Report(
                    $"'{Path.GetFileName(path)}' looks like a migration but is not read as one (only <version>_<description>.sql files are); to run it, name it {name}.",
                    Relative(root, path)));
        }
        var paths = Directory.EnumerateFiles(folder)
            .Where(p => Path.GetExtension(p).Equals(".sql", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(p).StartsWith('.'))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal);
        foreach (var path in paths)
        {
            ct.ThrowIfCancellationRequested();
            var fileName = Path.GetFileName(path);
            var relativePath = Relative(root, path);
            var name = MigrationFileName.TryParse(fileName);
            if (name is null)
            {
                var suggestion = NearMissFileName.SuggestForMalformed(fileName) is { } better ? $" Rename it to {better}." : "";
                findings.Add(MigrationFileRules.MalformedName.Report(
                    $"'{fileName}' is not named <version>_<description>.sql or <version>_<description>.down.sql " +
                    $"(version: digits; description: letters, digits, '_', '-' or '.', starting with a letter or digit).{suggestion}",
                    relativePath));
                continue;
            }

            var (text, badByteAt) = StrictUtf8File.Read(path, ct);
            if (badByteAt is { } at)
            {
                findings.Add(MigrationFileRules.UnreadableSql.Report(
                    $"'{fileName}' is not valid UTF-8 (first invalid byte at line {at.Line}, column {at.Column}).",
                    relativePath, at.Line, at.Column));
            }
            files.Add(new ScriptFile(name, fileName, relativePath, text));
        }

        var duplicated = ReportDuplicates(files, findings);
        var upVersions = files.Where(f => !f.Name.IsDown).Select(f => f.Name.Version).ToHashSet();
        var downs = new Dictionary<System.Numerics.BigInteger, MigrationScript>();
        var ups = new List<MigrationScript>();
        foreach (var file in files)
        {
            if (file.Name.IsDown && !upVersions.Contains(file.Name.Version))
            {
                findings.Add(MigrationFileRules.OrphanDown.Report(
                    $"Down script '{file.FileName}' has no up script with version {file.Name.Version}.", file.RelativePath));
            }
            if (file.Text is null) continue;

            var script = Read(file, findings);
            if (duplicated.Contains(file) || !upVersions.Contains(file.Name.Version)) continue;
            if (file.Name.IsDown) downs[file.Name.Version] = script;
            else ups.Add(script);
        }

        var scripts = ups
            .Select(up => downs.TryGetValue(up.Version, out var down) ? up with { Down = down } : up)
            .OrderBy(s => s.Version)
            .ToList();
        ReportGaps(upVersions, files, findings);
        return new MigrationSet(scripts, findings);
    }

    private static MigrationScript Read(ScriptFile file, List<Finding> findings)
    {
        var text = file.Text!;
        var sql = SqlScript.Parse(text);
        var directives = ScriptDirectives.From(sql);
        findings.AddRange(ScriptChecks.Check(file, sql, directives));
        return new MigrationScript(file.Name.Version, file.Name.Description, file.FileName, file.RelativePath,
            text, ScriptChecksum.Of(text), sql, directives, Down: null);
    }

    /// <summary>One SG101 per version used by more than one up (or more than one down) script; returns the files involved.</summary>
    private static HashSet<ScriptFile> ReportDuplicates(List<ScriptFile> files, List<Finding> findings)
    {
        var involved = new HashSet<ScriptFile>();
        var groups = files
            .GroupBy(f => (f.Name.Version, f.Name.IsDown))
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key.Version).ThenBy(g => g.Key.IsDown);
        foreach (var group in groups)
        {
            var members = group.OrderBy(f => f.FileName, StringComparer.Ordinal).ToList();
            involved.UnionWith(members);
            var later = members[^1];
            var others = members.Take(members.Count - 1).Select(f => f.RelativePath).ToList();
            var kind = group.Key.IsDown ? "down scripts" : "migrations";
            findings.Add(MigrationFileRules.DuplicateVersion.Report(
                $"Version {group.Key.Version} is used by {members.Count} {kind}: " +
                $"{string.Join(", ", members.Select(f => f.RelativePath))}. None of them can be ordered until each has its own version.",
                later.RelativePath, obj: string.Join(", ", others)));
        }
        return involved;
    }

    /// <summary>
    /// SG104 for each missing run of versions between consecutive up scripts. Skipped when versions are
    /// timestamps (8 digits or more, e.g. 20240131), where gaps are the norm.
    /// </summary>
    private static void ReportGaps(HashSet<System.Numerics.BigInteger> versions, List<ScriptFile> files, List<Finding> findings)
    {
        const int TimestampDigits = 8;
        var sorted = versions.Order().ToList();
        if (sorted.Count < 2 || sorted[^1].ToString(System.Globalization.CultureInfo.InvariantCulture).Length >= TimestampDigits) return;
        for (var i = 1; i < sorted.Count; i++)
        {
            var (previous, current) = (sorted[i - 1], sorted[i]);
            if (current - previous <= 1) continue;
            var missing = current - previous == 2 ? $"{previous + 1} is missing" : $"{previous + 1} to {current - 1} are missing";
            var file = files.Where(f => !f.Name.IsDown && f.Name.Version == current).OrderBy(f => f.FileName, StringComparer.Ordinal).First();
            findings.Add(MigrationFileRules.VersionGap.Report(
                $"Versions jump from {previous} to {current}: {missing}.", file.RelativePath));
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
