using SchemaGate.Hosting;
using SchemaGate.Security;

namespace SchemaGate.Tests.Hosting;

public sealed class SupportTests
{
    [Theory]
    [InlineData("ProdUrl", "prod-url", "PROD_URL")]
    [InlineData("MigrationsDir", "migrations-dir", "MIGRATIONS_DIR")]
    [InlineData("HTTPTimeout", "http-timeout", "HTTP_TIMEOUT")]
    [InlineData("Pg15Bin", "pg15-bin", "PG15_BIN")]
    public void Parameter_names_have_kebab_and_screaming_snake_spellings(string name, string kebab, string snake)
    {
        Assert.Equal(kebab, ParameterNames.Kebab(name));
        Assert.Equal(snake, ParameterNames.ScreamingSnake(name));
        Assert.Equal(ParameterNames.Normalize(name), ParameterNames.Normalize(kebab));
        Assert.Equal(ParameterNames.Normalize(name), ParameterNames.Normalize(snake));
    }

    [Fact]
    public void Root_is_the_nearest_folder_with_nuke_or_the_solution()
    {
        var root = Directory.CreateTempSubdirectory("schemagate-root-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, ".nuke"));
            var deep = Directory.CreateDirectory(Path.Combine(root, "src", "a", "b")).FullName;
            var elsewhere = Directory.CreateTempSubdirectory("schemagate-none-").FullName;

            Assert.Equal(root, RootDirectoryLocator.Find(deep, elsewhere));
            Assert.Equal(root, RootDirectoryLocator.Find(elsewhere, deep));
            Directory.Delete(elsewhere);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Redacting_writer_catches_a_secret_split_across_writes()
    {
        var redactor = new Redactor();
        redactor.Add("hunter2");
        var inner = new StringWriter();
        var writer = new RedactingTextWriter(inner, redactor);

        writer.Write("password hun");
        writer.Write("ter2 end");
        writer.WriteLine();

        Assert.Equal("password *** end" + Environment.NewLine, inner.ToString());
    }

    [Fact]
    public void Workflow_command_values_are_escaped()
    {
        Assert.Equal("a%25b%0Ac", GitHubActionsLog.Escape("a%b\nc"));
    }
}
