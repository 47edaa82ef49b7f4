namespace SchemaGate.Connections;

/// <summary>
/// What SchemaGate's production and development sessions waited for in this run: each time a session stays blocked
/// behind another session's lock for longer than a few seconds, the blocker (pid, application_name, since when, what it
/// runs) is said once through <c>notify</c> and kept, so a failure after the wait can name it.
/// </summary>
public sealed class SessionWaits(Action<string> notify)
{
    private readonly object _gate = new();
    private string? _last;

    public static SessionWaits Silent { get; } = new(_ => { });

    /// <summary>The last wait described, or null when no session waited.</summary>
    public string? Last
    {
        get { lock (_gate) return _last; }
    }

    internal void Report(string description)
    {
        lock (_gate) _last = description;
        notify(description);
    }
}
