using System.Globalization;

namespace SchemaGate.Reporting;

/// <summary>
/// For logs: silent for work that ends within <paramref name="interval"/>, then one plain line per interval
/// ("applying migrations: 120/400, now 0121_orders.sql, 30 s"), and a closing line only if it printed any.
/// </summary>
public sealed class PlainProgressSink(TextWriter output, TimeSpan? interval = null, TimeProvider? clock = null) : IProgressSink
{
    private readonly TimeSpan _interval = interval ?? TimeSpan.FromSeconds(10);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Dictionary<string, (long Started, long LastPrinted, bool Printed, ProgressUpdate Last)> _state = [];

    public void Report(ProgressUpdate update)
    {
        var now = _clock.GetTimestamp();
        if (!_state.TryGetValue(update.Activity, out var s)) s = (now, now, false, update);
        s.Last = update;
        if (_clock.GetElapsedTime(s.LastPrinted, now) >= _interval)
        {
            output.WriteLine(Line(update, _clock.GetElapsedTime(s.Started, now)));
            s.LastPrinted = now;
            s.Printed = true;
        }
        _state[update.Activity] = s;
    }

    public void Complete(string activity)
    {
        if (!_state.Remove(activity, out var s) || !s.Printed) return;
        var elapsed = _clock.GetElapsedTime(s.Started);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {activity}: {s.Last.Done}/{s.Last.Total} done in {elapsed.TotalSeconds:0} s"));
    }

    private static string Line(ProgressUpdate u, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"  {u.Activity}: {u.Done}/{u.Total}{(u.Current is null ? "" : $", now {u.Current}")}, {elapsed.TotalSeconds:0} s");
}
