using SchemaGate.Generation;
using SchemaGate.Hosting;

/// <summary>GenerateMigration: the SQL that turns one schema into another, validated on a copy before it is written.</summary>
sealed partial class Build
{
    // Not a secret parameter as a whole (that would mask the word "migrations" everywhere): a URL's password and the URL
    // are registered with the redactor the moment the value is parsed, as for --to.
    [Parameter("GenerateMigration: the schema to start from: a database URL (read-only session), a snapshot file, or migrations@N (migrations = all)")]
    readonly string? From;

    [Parameter("GenerateMigration: where the SQL goes: a file, or a folder for <next version>_<--name>.sql (printed when absent)")]
    readonly string? SqlOut;

    [Parameter("GenerateMigration: the description in the file name when --sql-out is a folder")]
    readonly string? Name;

    [Parameter("GenerateMigration: write online forms (CREATE INDEX CONCURRENTLY in a second, no-transaction script; NOT VALID then VALIDATE)")]
    readonly bool Online = true;

    [Parameter("GenerateMigration and Snapshot --snapshot-from/--snapshot-to: exit 1 when there are differences (as git diff --exit-code)")]
    readonly bool ExitCode;

    Target GenerateMigration => _ => _
        .Description("Write the SQL that turns --from into --to (URL, snapshot file or migrations@N), validated on a copy of --from, annotated with the rules it triggers")
        .Executes(async ct => await Gate.GenerateMigrationAsync(new GenerationRequest(From, To, SqlOut, Name, ExitCode), ct));
}
