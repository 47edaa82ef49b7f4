namespace SchemaGate.Migrations.Source;

/// <summary>A <c>-- schemagate:</c> comment that is not understood (reported as SG107), located at the comment.</summary>
public sealed record DirectiveProblem(string Message, int Line, int Column);
