namespace SchemaGate.Failures;

/// <summary>The process exit codes every entry point uses (DESIGN.md).</summary>
public static class ExitCodes
{
    public const int Pass = 0;
    public const int Refused = 1;
    public const int Usage = 2;
    public const int Infrastructure = 3;
}
