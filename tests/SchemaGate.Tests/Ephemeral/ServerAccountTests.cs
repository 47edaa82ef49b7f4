using SchemaGate.Ephemeral;

namespace SchemaGate.Tests.Ephemeral;

public sealed class ServerAccountTests
{
    [Fact]
    public void The_account_is_read_from_a_passwd_file_without_starting_getent()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file,
            [
                "root:x:0:0:root:/root:/bin/bash",
                "postgresql:x:201:202::/var/lib/postgresql:/bin/sh",
                "postgres:x:101:104:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash",
                "broken:x:abc:1::/:/bin/sh",
            ]);
            Assert.Equal(new ServerAccount("postgres", 101, 104), ServerAccount.FromPasswd("postgres", file));
            Assert.Null(ServerAccount.FromPasswd("ldapuser", file)); // not local: getent (NSS) is asked instead
            Assert.Null(ServerAccount.FromPasswd("broken", file));
            Assert.Null(ServerAccount.FromPasswd("postgres", file + ".missing"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
