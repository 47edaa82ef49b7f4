using SchemaGate.Findings;
using SchemaGate.Security;
using Spectre.Console;

namespace SchemaGate.Reporting;

/// <summary>
/// Prints the end-of-run summary: verdict, counts, then every finding with its location. Rich (Spectre.Console)
/// when colour is allowed, plain text otherwise; both say the same things. Every string passes the redactor.
/// </summary>
public sealed class ConsoleReporter(Redactor redactor, TextWriter output, bool useColour)
{
    public void Write(GateReport report)
    {
        if (useColour) WriteRich(report);
        else WritePlain(report);
    }

    private void WritePlain(GateReport report)
    {
        var lines = new List<string>
        {
            report.Passed ? "SchemaGate: PASS - the gate allows this deployment" : "SchemaGate: REFUSED - the gate refuses this deployment",
            Counts(report),
        };
        if (report.Context.Postgres?.Warning is { } w) lines.Add("warning: " + w);
        foreach (var (label, findings) in Groups(report))
        {
            if (findings.Count == 0) continue;
            lines.Add($"{label}:");
            foreach (var f in findings)
            {
                var location = f.Location.Length > 0 ? f.Location + ": " : "";
                lines.Add($"  {location}{f.RuleId} {f.Title}: {OneLine(FindingText.DescribeWithPolicy(f))}");
                if (f.Suppressed is { } s) lines.Add($"    allowed ({ReportText.Kebab(s.Kind)}): {OneLine(s.Reason)}");
            }
        }
        foreach (var item in report.Context.ChecksNotDone) lines.Add("not checked: " + item);
        foreach (var line in lines) output.WriteLine(redactor.Redact(line));
        output.Flush();
    }

    private void WriteRich(GateReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.MarkupLine(report.Passed
            ? "[bold green]SchemaGate: PASS[/] - the gate allows this deployment"
            : "[bold red]SchemaGate: REFUSED[/] - the gate refuses this deployment");
        console.MarkupLine(Text(Counts(report)));
        if (report.Context.Postgres?.Warning is { } w) console.MarkupLine($"[yellow]warning:[/] {Text(w)}");

        foreach (var (label, findings) in Groups(report))
        {
            if (findings.Count == 0) continue;
            var colour = label switch { "blocking" => "red", "warnings" => "yellow", _ => "grey" };
            var table = new Table().Border(TableBorder.Rounded).Title($"[{colour}]{Text(label)}[/]");
            table.AddColumn("Rule").AddColumn("Location").AddColumn("Message");
            foreach (var f in findings)
            {
                var message = Text(OneLine(FindingText.DescribeWithPolicy(f)));
                if (f.Suppressed is { } s) message += $" [grey](allowed: {Text(OneLine(s.Reason))})[/]";
                table.AddRow($"[{colour}]{Text(f.RuleId)}[/]", Text(f.Location), message);
            }
            console.Write(table);
        }
        foreach (var item in report.Context.ChecksNotDone) console.MarkupLine($"[grey]not checked:[/] {Text(item)}");
        output.Flush();
    }

    private string Text(string? value) => Markup.Escape(redactor.Redact(value));

    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');

    private static string Counts(GateReport report) =>
        $"{report.Blocking.Count} blocking, {report.Warnings.Count} warnings, {report.Notices.Count} notices, {report.Allowed.Count} allowed" +
        (report.History.Count > 0 ? $"; {report.History.Count} on scripts outside the change (history, see report.md)" : "");

    private static IEnumerable<(string Label, IReadOnlyList<Finding> Findings)> Groups(GateReport report) =>
    [
        ("blocking", report.Blocking),
        ("warnings", report.Warnings),
        ("notices", report.Notices),
        ("allowed", report.Allowed),
    ];
}
