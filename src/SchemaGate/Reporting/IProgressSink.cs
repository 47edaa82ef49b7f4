namespace SchemaGate.Reporting;

/// <summary>Where long work (applying many migrations) tells how far it got.</summary>
public interface IProgressSink
{
    void Report(ProgressUpdate update);

    /// <summary>The activity ended (successfully or not): clear or close the display.</summary>
    void Complete(string activity);
}

/// <summary><paramref name="Done"/> of <paramref name="Total"/> items of <paramref name="Activity"/>; <paramref name="Current"/> is the item now running.</summary>
public sealed record ProgressUpdate(string Activity, int Done, int Total, string? Current);

/// <summary>Picks the display: a live line on an interactive terminal, periodic plain lines elsewhere (CI, redirected output).</summary>
public static class ProgressSinks
{
    public static IProgressSink For(bool interactive, TextWriter output) =>
        interactive ? new TerminalProgressSink(output) : new PlainProgressSink(output);

    /// <summary>Interactive: output is a terminal, not CI, not a dumb terminal.</summary>
    public static bool IsInteractive(IReadOnlyDictionary<string, string?> environment, bool outputRedirected)
    {
        string? Get(string name) => environment.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v : null;
        if (outputRedirected) return false;
        if (Get("CI") is not null || Get("GITHUB_ACTIONS") is not null || Get("TF_BUILD") is not null) return false;
        return !string.Equals(Get("TERM"), "dumb", StringComparison.OrdinalIgnoreCase);
    }
}
