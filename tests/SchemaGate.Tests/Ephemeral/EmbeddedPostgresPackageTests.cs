using System.Security.Cryptography;
using System.Text.Json;
using SchemaGate.Ephemeral;
using SchemaGate.Tests.Reporting;

namespace SchemaGate.Tests.Ephemeral;

public sealed class EmbeddedPostgresPackageTests
{
    [Fact]
    public void The_newest_prerelease_of_the_wanted_major_is_chosen()
    {
        using var doc = JsonDocument.Parse("""["16.14.0-beta.17","17.2.0-beta.15","17.10.0-beta.16","17.10.0-beta.17","17.9.0-beta.17","18.4.0-beta.17","170.0.0"]""");
        Assert.Equal("17.10.0-beta.17", EmbeddedPostgresPackage.NewestOfMajor(doc.RootElement, 17));
        Assert.Equal("16.14.0-beta.17", EmbeddedPostgresPackage.NewestOfMajor(doc.RootElement, 16));
        Assert.Null(EmbeddedPostgresPackage.NewestOfMajor(doc.RootElement, 13));
    }

    [Fact]
    public void Integrity_is_the_registry_sha512_of_the_tarball()
    {
        using var dir = new TempDirectory();
        var file = dir.File("p.tgz");
        File.WriteAllBytes(file, [1, 2, 3, 4]);
        var good = "sha512-" + Convert.ToBase64String(SHA512.HashData(new byte[] { 1, 2, 3, 4 }));
        Assert.True(EmbeddedPostgresPackage.IntegrityMatches(file, good));
        Assert.False(EmbeddedPostgresPackage.IntegrityMatches(file, "sha512-" + Convert.ToBase64String(SHA512.HashData(new byte[] { 1, 2, 3 }))));
        Assert.False(EmbeddedPostgresPackage.IntegrityMatches(file, "sha1-" + Convert.ToBase64String(SHA1.HashData(new byte[] { 1, 2, 3, 4 }))));
    }

    [Fact]
    public void Links_listed_by_the_package_are_recreated_and_none_leaves_the_package()
    {
        using var dir = new TempDirectory();
        var lib = Path.Combine(dir.Path, "native", "lib");
        Directory.CreateDirectory(lib);
        File.WriteAllText(Path.Combine(lib, "libicuuc.so.60.2"), "library");
        File.WriteAllText(Path.Combine(dir.Path, "native", "pg-symlinks.json"), """
            [{"source":"native/lib/libicuuc.so.60.2","target":"native/lib/libicuuc.so.60"},
             {"source":"native/lib/libicuuc.so.60.2","target":"../outside.so"}]
            """);

        EmbeddedPostgresPackage.HydrateLinks(dir.Path);

        Assert.Equal("library", File.ReadAllText(Path.Combine(lib, "libicuuc.so.60")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "..", "outside.so")));
    }
}
