using System.Globalization;
using SchemaGate.Failures;
using SchemaGate.Processes;

namespace SchemaGate.Ephemeral;

/// <summary>
/// The OS account the local server runs as. PostgreSQL refuses to start as root, so when this process is root
/// the server and its tools run as an unprivileged account (<c>postgres</c> by default) and the instance folder
/// is owned by it. Otherwise everything runs as the current user.
/// </summary>
internal sealed record ServerAccount(string Name, int? Uid, int? Gid)
{
    public bool IsSwitched => Uid is not null;

    public static async Task<ServerAccount> ResolveAsync(string wantedUser, CancellationToken ct)
    {
        if (!Posix.IsRoot) return new ServerAccount(Environment.UserName, null, null);
        // /etc/passwd answers for local accounts without starting a process; getent also asks NSS (LDAP, sssd...).
        if (FromPasswd(wantedUser, "/etc/passwd") is { } local) return local;
        var r = await ProcessRunner.RunAsync("getent", ["passwd", wantedUser], ct, timeout: TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        var fields = r.StandardOutput.Trim().Split(':');
        if (!r.Succeeded || fields.Length < 4)
            throw new InfrastructureException(
                $"Running as root, and PostgreSQL refuses to run as root, but the OS account '{wantedUser}' to run it as does not exist. " +
                $"Create it (useradd --system {wantedUser}), or run SchemaGate as a normal user.");
        return new ServerAccount(wantedUser,
            int.Parse(fields[2], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture));
    }

    /// <summary>The account's uid and gid from a passwd-format file, or null when it is not listed there (or unreadable).</summary>
    internal static ServerAccount? FromPasswd(string user, string passwdFile)
    {
        try
        {
            foreach (var line in File.ReadLines(passwdFile))
            {
                var fields = line.Split(':');
                if (fields.Length >= 4 && fields[0] == user &&
                    int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var uid) &&
                    int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var gid))
                    return new ServerAccount(user, uid, gid);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        return null;
    }

    /// <summary>The command line that runs <paramref name="file"/> as this account.</summary>
    public (string File, IReadOnlyList<string> Args) Wrap(string file, IEnumerable<string> args)
    {
        if (!IsSwitched) return (file, args.ToList());
        var list = new List<string>
        {
            $"--reuid={Uid}", $"--regid={Gid}", "--init-groups", "--reset-env", "--", file,
        };
        list.AddRange(args);
        return ("setpriv", list);
    }

    public Task<ProcessResult> RunAsync(string file, IEnumerable<string> args, CancellationToken ct, TimeSpan? timeout = null)
    {
        var (f, a) = Wrap(file, args);
        return ProcessRunner.RunAsync(f, a, ct, timeout: timeout);
    }

    /// <summary>
    /// Gives the account the given files and folders themselves (not their contents), without starting a process: for the
    /// few entries an instance adds around its data folder, which the template copy (<c>cp -a</c>) already gave the account.
    /// </summary>
    public void Own(params string[] paths)
    {
        if (!IsSwitched) return;
        foreach (var path in paths)
            if (!Posix.TryChown(path, Uid!.Value, Gid!.Value, out var errno))
                throw new InfrastructureException($"could not give '{path}' to the OS account '{Name}' (errno {errno}).");
    }

    /// <summary>Gives the account ownership of a folder tree it must write to.</summary>
    public async Task OwnAsync(string path, CancellationToken ct)
    {
        if (!IsSwitched) return;
        var r = await ProcessRunner.RunAsync("chown", ["-R", $"{Uid}:{Gid}", path], ct, timeout: TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        if (!r.Succeeded)
            throw new InfrastructureException($"could not give '{path}' to the OS account '{Name}': {r.Tail()}");
    }
}
