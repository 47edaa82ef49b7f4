namespace SchemaGate.Migrations.Source;

/// <summary>A well-named file of the migrations folder, with its text when it is valid UTF-8 (read by <see cref="StrictUtf8File"/>).</summary>
internal sealed record ScriptFile(MigrationFileName Name, string FileName, string RelativePath, string? Text);
