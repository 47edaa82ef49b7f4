namespace SchemaGate.Ephemeral;

/// <summary>
/// Removes local instances whose owner died without cleaning up (killed, crashed, power cut): stops the
/// server and deletes the folder. Runs at every start, so nothing abandoned outlives the next run.
/// </summary>
internal static class InstanceReaper
{
    /// <summary>Folders without a readable owner.json are left alone for this long (they may be being created).</summary>
    private static readonly TimeSpan OrphanGrace = TimeSpan.FromMinutes(2);

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
                reaped.Add(dir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another run may be reaping the same folder; it will be gone or retried next time.
            }
        }
        return reaped;
    }
}
