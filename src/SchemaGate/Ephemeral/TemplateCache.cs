using SchemaGate.Failures;

namespace SchemaGate.Ephemeral;

/// <summary>
/// One initdb'd cluster per PostgreSQL version and server account, made once and copied for every run
/// (initdb costs about a second; a copy and start about a third of that).
/// </summary>
internal static class TemplateCache
{
    public static async Task<string> EnsureAsync(PostgresBinaries bins, ServerAccount account, string cacheRoot, CancellationToken ct)
    {
        // The folder's hash too: two builds of one version (Debian's, a fetched package) may differ in share/ and contrib.
        var folderHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(bins.BinDir))))[..8].ToLowerInvariant();
        var key = $"pg{bins.Version}-{account.Name}-{folderHash}";
        var final = Path.Combine(cacheRoot, key);
        if (File.Exists(Path.Combine(final, "PG_VERSION"))) return final;

        Directory.CreateDirectory(cacheRoot);
        MakeTraversable(cacheRoot);
        var staging = Path.Combine(cacheRoot, $"staging-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(staging);
        try
        {
            MakeTraversable(staging);
            var data = Path.Combine(staging, "data");
            await account.OwnAsync(staging, ct).ConfigureAwait(false);
            var r = await account.RunAsync(bins.InitDb,
                ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"],
                ct, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
            if (!r.Succeeded)
                throw new InfrastructureException($"initdb ({bins.InitDb}) failed: {r.Tail()}");
            await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"),
                "\n# SchemaGate ephemeral defaults: throwaway data, speed over durability\n" +
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n" +
                "max_connections = 100\nshared_buffers = 128MB\nmax_locks_per_transaction = 1024\n" +
                "log_min_messages = warning\nlogging_collector = off\n", ct).ConfigureAwait(false);
            try
            {
                Directory.Move(data, final);
            }
            catch (IOException) when (File.Exists(Path.Combine(final, "PG_VERSION")))
            {
                // Another run made the same template first; use theirs.
            }
            return final;
        }
        finally
        {
            try { Directory.Delete(staging, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    internal static void MakeTraversable(string dir)
    {
        if (OperatingSystem.IsWindows()) return;
        var mode = File.GetUnixFileMode(dir);
        File.SetUnixFileMode(dir, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute
                                 | UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.UserWrite);
    }
}
