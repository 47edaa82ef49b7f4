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
        var r = await ProcessRunner.RunAsync("getent", ["passwd", wantedUser], ct, timeout: TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        var fields = r.StandardOutput.Trim().Split(':');
        if (!r.Succeeded || fields.Length < 4)
            throw new InfrastructureException(
                $"Running as root, and PostgreSQL refuses to run as root, but the OS account '{wantedUser}' to run it as does not exist. " +
                $"Create it (useradd --system {wantedUser}), or run SchemaGate as a normal user.");
        return new ServerAccount(wantedUser,
            int.Parse(fields[2], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture));
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

    /// <summary>Gives the account ownership of a folder tree it must write to.</summary>
    public async Task OwnAsync(string path, CancellationToken ct)
    {
        if (!IsSwitched) return;
        var r = await ProcessRunner.RunAsync("chown", ["-R", $"{Uid}:{Gid}", path], ct, timeout: TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        if (!r.Succeeded)
            throw new InfrastructureException($"could not give '{path}' to the OS account '{Name}': {r.Tail()}");
    }
}
