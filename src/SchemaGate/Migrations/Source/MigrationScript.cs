using System.Numerics;
using SchemaGate.Sql;

namespace SchemaGate.Migrations.Source;

/// <summary>
/// One migration file, read and lexed. <see cref="Text"/> is the file's text without a leading BOM (line
/// endings kept, so positions match the file); <see cref="Checksum"/> is <see cref="ScriptChecksum.Of"/> of it;
/// <see cref="RelativePath"/> is relative to the repository root with forward slashes
/// (e.g. <c>migrations/0003_agents.sql</c>). <see cref="Down"/> is the matching down script, if any
/// (a down script's own <see cref="Down"/> is null).
/// </summary>
public sealed record MigrationScript(BigInteger Version, string Description, string FileName, string RelativePath,
    string Text, string Checksum, SqlScript Sql, ScriptDirectives Directives, MigrationScript? Down)
{
    public bool IsDown => FileName.EndsWith(".down.sql", StringComparison.OrdinalIgnoreCase);
}
