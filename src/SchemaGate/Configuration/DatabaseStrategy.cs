namespace SchemaGate.Configuration;

/// <summary>What the team decided about development and production (<c>--database-strategy</c>).</summary>
public enum DatabaseStrategy
{
    /// <summary>Development and production live on the same PostgreSQL instance (same system_identifier).</summary>
    Shared,

    /// <summary>Development has its own instance: never production's instance, never production's database.</summary>
    Separate,
}
