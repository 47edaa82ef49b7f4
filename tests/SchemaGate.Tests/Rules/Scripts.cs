using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules;
using SchemaGate.Sql;

namespace SchemaGate.Tests.Rules;

/// <summary>Builds in-memory migration scripts and lints them.</summary>
internal static class Scripts
{
    public static MigrationScript Up(string sql, int version = 1, string file = "0001_change.sql")
    {
        var parsed = SqlScript.Parse(sql);
        return new MigrationScript(version, "change", file, "migrations/" + file, sql, ScriptChecksum.Of(sql), parsed,
            ScriptDirectives.From(parsed), Down: null);
    }

    public static MigrationSet Set(params MigrationScript[] scripts) => new(scripts, []);

    public static IReadOnlyList<Finding> Lint(string sql) => MigrationLinter.Lint(Set(Up(sql)));
}
