using System.Diagnostics;
using SchemaGate.Processes;

namespace SchemaGate.Tests.Processes;

public sealed class PosixTests
{
    [Fact]
    public async Task A_process_that_exited_but_was_not_reaped_is_not_alive()
    {
        if (!OperatingSystem.IsLinux()) return;
        // sh starts a short child and then becomes `sleep 30`, which never waits for it: the child stays a zombie.
        var psi = new ProcessStartInfo("sh") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-c", "sleep 0.05 & echo $!; exec sleep 30" }) psi.ArgumentList.Add(a);
        using var parent = Process.Start(psi)!;
        try
        {
            var zombie = int.Parse((await parent.StandardOutput.ReadLineAsync())!.Trim());
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (!Posix.IsZombie(zombie) && DateTime.UtcNow < deadline) await Task.Delay(10);

            Assert.True(Posix.IsZombie(zombie));
            Assert.True(Posix.Signal(zombie, 0)); // signal 0 still reaches it...
            Assert.False(Posix.IsAlive(zombie)); // ...but it is gone
            Assert.True(Posix.IsAlive(parent.Id));
        }
        finally
        {
            parent.Kill();
        }
    }
}
