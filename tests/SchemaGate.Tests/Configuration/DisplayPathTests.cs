using SchemaGate.Configuration;

namespace SchemaGate.Tests.Configuration;

public sealed class DisplayPathTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "sg-display", "repo");

    [Fact]
    public void A_file_inside_the_repository_is_named_relative_to_it_with_forward_slashes() =>
        Assert.Equal("reports/snapshot.json", DisplayPath.For(Root, Path.Combine(Root, "reports", "snapshot.json")));

    [Fact]
    public void A_file_outside_the_repository_is_named_in_full_not_with_dot_dot_steps()
    {
        var outside = Path.Combine(Path.GetTempPath(), "sg-display", "elsewhere", "s.json");
        Assert.Equal(Path.GetFullPath(outside).Replace('\\', '/'), DisplayPath.For(Root, outside));
        // A sibling whose name starts like the repository's is outside too.
        var sibling = Path.Combine(Path.GetTempPath(), "sg-display", "repo2", "s.json");
        Assert.Equal(Path.GetFullPath(sibling).Replace('\\', '/'), DisplayPath.For(Root, sibling));
    }

    [Fact]
    public void A_name_starting_with_two_dots_inside_the_repository_stays_relative() =>
        Assert.Equal("..notes/a.sql", DisplayPath.For(Root, Path.Combine(Root, "..notes", "a.sql")));
}
