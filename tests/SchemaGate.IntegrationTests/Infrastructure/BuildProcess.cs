using System.Diagnostics;
using System.Text;

namespace SchemaGate.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the real build host (_build.dll) as a child process in a throwaway repository folder, with its own TMPDIR so
/// the ephemeral instances it makes can be inspected afterwards.
/// </summary>
public sealed class BuildProcess : IDisposable
{
    public BuildProcess(params (string Name, string Sql)[] migrations)
    {
        Root = Directory.CreateTempSubdirectory("sg-e2e-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, ".nuke"));
        File.WriteAllText(Path.Combine(Root, ".nuke", "parameters.json"), "{}");
        Directory.CreateDirectory(Path.Combine(Root, "migrations"));
        foreach (var (name, sql) in migrations) File.WriteAllText(Path.Combine(Root, "migrations", name), sql);
        Tmp = Path.Combine(Root, "tmp");
        Directory.CreateDirectory(Tmp);
        // The server runs as an unprivileged account when the tests run as root: it must reach the folders.
        if (!OperatingSystem.IsWindows())
            foreach (var dir in new[] { Root, Tmp })
                File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
    }

    public string Root { get; }
    public string Tmp { get; }
    public string InstancesDir => Path.Combine(Tmp, "schemagate", "instances");
    public string ReportJson => Path.Combine(Root, "artifacts", "schemagate", "report.json");

    /// <summary>Extra environment for the build process, set after the defaults (so a test can put GITHUB_ACTIONS or PROD_URL back).</summary>
    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public static string BuildDll
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
            if (dir is null) throw new InvalidOperationException("repository root not found");
            var config = AppContext.BaseDirectory.Contains("/Release/") ? "Release" : "Debug";
            return Path.Combine(dir.FullName, "build", "bin", config, "net10.0", "_build.dll");
        }
    }

    public Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(BuildDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["TMPDIR"] = Tmp;
        psi.Environment.Remove("GITHUB_ACTIONS");
        psi.Environment.Remove("PROD_URL");
        psi.Environment.Remove("DATABASE_URL");
        psi.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in Environment) psi.Environment[name] = value;
        return Process.Start(psi)!;
    }

    /// <summary>
    /// Makes the run a GitHub Actions pull-request run (PR #5 of acme/shop at a fixed sha, run 77) against the fake API
    /// at <paramref name="apiUrl"/>, with production at <paramref name="prodUrl"/>; the event file, step summary and
    /// outputs live in the returned folder.
    /// </summary>
    public async Task<string> AsPullRequestAsync(string apiUrl, string prodUrl, string token)
    {
        var github = Path.Combine(Root, "gh");
        Directory.CreateDirectory(github);
        await File.WriteAllTextAsync(Path.Combine(github, "event.json"),
            "{\"number\":5,\"pull_request\":{\"number\":5,\"head\":{\"sha\":\"89abcdef0123456789abcdef0123456789abcdef\"}}}");
        foreach (var (name, value) in new Dictionary<string, string>
                 {
                     ["PROD_URL"] = prodUrl,
                     ["GITHUB_TOKEN"] = token,
                     ["GITHUB_ACTIONS"] = "true",
                     ["GITHUB_API_URL"] = apiUrl,
                     ["GITHUB_REPOSITORY"] = "acme/shop",
                     ["GITHUB_EVENT_NAME"] = "pull_request",
                     ["GITHUB_EVENT_PATH"] = Path.Combine(github, "event.json"),
                     ["GITHUB_SHA"] = "89abcdef0123456789abcdef0123456789abcdef",
                     ["GITHUB_RUN_ID"] = "77",
                     ["GITHUB_STEP_SUMMARY"] = Path.Combine(github, "summary.md"),
                     ["GITHUB_OUTPUT"] = Path.Combine(github, "output.txt"),
                 })
            Environment[name] = value;
        return github;
    }

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var p = Start(args);
        var output = new StringBuilder();
        var so = p.StandardOutput.ReadToEndAsync();
        var se = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await p.WaitForExitAsync(cts.Token);
        output.Append(await so).Append(await se);
        return (p.ExitCode, output.ToString());
    }

    public string[] LeftoverInstances() => Directory.Exists(InstancesDir) ? Directory.GetDirectories(InstancesDir) : [];

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
