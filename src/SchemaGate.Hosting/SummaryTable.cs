using System.Globalization;

namespace SchemaGate.Hosting;

/// <summary>The table printed after every run: Target | Status | Duration | error, then a total line.</summary>
internal static class SummaryTable
{
    public static void Write(TextWriter output, IReadOnlyList<TargetResult> results, int exitCode, IReadOnlyList<string> teardownErrors)
    {
        var rows = results.Select(r => (r.Name, Status: r.Status.ToString(), Duration: Format(r.Duration), Error: r.Error ?? "")).ToList();
        var total = results.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Duration);
        var verdict = exitCode == 0 ? "Build succeeded" : $"Build failed (exit {exitCode})";

        var nameWidth = Math.Max("Target".Length, rows.Select(r => r.Name.Length).DefaultIfEmpty(0).Max());
        nameWidth = Math.Max(nameWidth, "Total".Length);
        const int statusWidth = 10;
        var durationWidth = Math.Max("Duration".Length, rows.Select(r => r.Duration.Length).Append(Format(total).Length).Max());
        var rule = new string('=', nameWidth + statusWidth + durationWidth + 6 + 20);

        output.WriteLine();
        output.WriteLine(rule);
        output.WriteLine($"{"Target".PadRight(nameWidth)}   {"Status".PadRight(statusWidth)}   {"Duration".PadLeft(durationWidth)}");
        output.WriteLine(new string('-', rule.Length));
        foreach (var r in rows)
        {
            var line = $"{r.Name.PadRight(nameWidth)}   {r.Status.PadRight(statusWidth)}   {r.Duration.PadLeft(durationWidth)}";
            output.WriteLine(r.Error.Length > 0 ? line + "   " + r.Error : line);
        }
        output.WriteLine(new string('-', rule.Length));
        output.WriteLine($"{"Total".PadRight(nameWidth)}   {"".PadRight(statusWidth)}   {Format(total).PadLeft(durationWidth)}   {verdict}");
        foreach (var e in teardownErrors) output.WriteLine("Teardown error: " + e);
        output.WriteLine(rule);
    }

    public static string Format(TimeSpan duration) =>
        duration.TotalHours >= 1
            ? duration.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : duration.ToString(@"m\:ss\.fff", CultureInfo.InvariantCulture);
}
