namespace SchemaGate.Ephemeral;

/// <summary>
/// Removes local instances whose owner died without cleaning up (killed, crashed, power cut): stops the
/// server and deletes the folder. Runs at every start, so nothing abandoned outlives the next run.
/// </summary>
internal static class InstanceReaper
{
    /// <summary>Folders without a readable owner.json are left alone for this long (they may be being created).</summary>
    private static readonly TimeSpan OrphanGrace = TimeSpan.FromMinutes(2);

    /// <summary>Removes the abandoned instances and says what each was (<c>local instance sg-123-ab (left by process 123 ...)</c>).</summary>
    public static async Task<IReadOnlyList<string>> ReapAsync(string instancesRoot)
    {
        var reaped = new List<string>();
        if (!Directory.Exists(instancesRoot)) return reaped;
        foreach (var dir in Directory.GetDirectories(instancesRoot))
        {
            var folder = new LocalInstanceFolder(dir);
            var owner = folder.ReadOwner();
            var abandoned = owner is null
                ? DateTime.UtcNow - Directory.GetCreationTimeUtc(dir) > OrphanGrace
                : owner.IsAbandoned;
            if (!abandoned) continue;
            await folder.StopServerAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            try
            {
                folder.Delete();
                reaped.Add(owner is null
                    ? $"local instance {Path.GetFileName(dir)} (no owner file, created {Directory.GetCreationTimeUtc(dir):u})"
                    : $"local instance {Path.GetFileName(dir)} (left by process {owner.Pid}, which is gone; created {owner.Created:u})");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another run may be reaping the same folder; it will be gone or retried next time.
            }
        }
        return reaped;
    }
}
