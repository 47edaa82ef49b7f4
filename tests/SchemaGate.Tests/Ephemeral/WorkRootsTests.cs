using SchemaGate.Ephemeral;

namespace SchemaGate.Tests.Ephemeral;

/// <summary>Where instance folders go by default: the RAM-backed /dev/shm on Linux unless TMPDIR says otherwise or it cannot be used.</summary>
public sealed class WorkRootsTests
{
    private static readonly (string, string)[] ShmIsTmpfs = [("/", "ext4"), ("/dev/shm", "tmpfs")];
    private const long Plenty = 8L * 1024 * 1024 * 1024;

    private static string Choose(string? tmpdir = null, bool linux = true, (string, string)[]? mounts = null, long? free = Plenty, bool writable = true) =>
        WorkRoots.Choose(tmpdir, "/tmp/", linux, () => mounts ?? ShmIsTmpfs, _ => free, _ => writable);

    [Fact]
    public void Linux_without_tmpdir_uses_the_tmpfs()
    {
        Assert.Equal("/dev/shm/schemagate", Choose());
    }

    [Fact]
    public void A_tmpdir_the_user_set_wins()
    {
        Assert.Equal(Path.Combine("/tmp/", "schemagate"), Choose(tmpdir: "/tmp/"));
    }

    [Fact]
    public void Without_a_usable_tmpfs_the_temp_folder_is_used()
    {
        var onDisk = Path.Combine("/tmp/", "schemagate");
        Assert.Equal(onDisk, Choose(linux: false));
        Assert.Equal(onDisk, Choose(mounts: [("/", "ext4"), ("/dev/shm", "ext4")]));
        Assert.Equal(onDisk, Choose(mounts: [("/", "ext4")]));
        Assert.Equal(onDisk, Choose(free: WorkRoots.MinimumFreeBytes - 1));
        Assert.Equal(onDisk, Choose(free: null));
        Assert.Equal(onDisk, Choose(writable: false));
    }
}
