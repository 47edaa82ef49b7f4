namespace SchemaGate.Generation;

/// <summary>
/// What GenerateMigration was asked for: <c>--from</c> and <c>--to</c> (each a database URL, a snapshot file or
/// migrations@N), <c>--sql-out</c> (a file, or a folder for <c>&lt;next version&gt;_&lt;--name&gt;.sql</c>; printed when
/// absent), and <c>--exit-code</c> (exit 1 when there are differences).
/// </summary>
public sealed record GenerationRequest(string? From, string? To, string? SqlOut, string? Name, bool ExitCode);
