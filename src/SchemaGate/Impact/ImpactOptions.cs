using SchemaGate.Connections;
namespace SchemaGate.Impact;

/// <summary>How much the data-impact step may ask of production.</summary>
public sealed record ImpactOptions
{
    /// <summary>Tables estimated below this many rows (or never analysed) are counted exactly.</summary>
    public double ExactBelow { get; init; } = 10_000;
    /// <summary>statement_timeout for the exact counts; a count that takes longer falls back to the estimate.</summary>
    public TimeSpan CountTimeout { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>How sessions on production are opened: connect timeout, lock and statement timeouts, waits watched.</summary>
    public SessionDefaults Session { get; init; } = new();
    public TimeSpan ConnectTimeout => Session.ConnectTimeout;
}
