using System.Xml.Linq;

namespace SchemaGate.Hosting;

/// <summary>
/// Adds up the TRX files that <c>dotnet test --logger trx</c> wrote, so the Test target can end with one plain
/// line: <c>N passed, N failed</c> (CI reads that line, not dotnet test's own summary).
/// </summary>
public sealed record TestResultSummary(int Passed, int Failed, int Skipped, IReadOnlyList<string> FailedTests)
{
    public string Line => Skipped > 0 ? $"{Passed} passed, {Failed} failed, {Skipped} skipped" : $"{Passed} passed, {Failed} failed";

    public static TestResultSummary FromFolder(string folder)
    {
        int passed = 0, failed = 0, skipped = 0;
        var failedTests = new List<string>();
        if (!Directory.Exists(folder)) return new TestResultSummary(0, 0, 0, []);
        foreach (var file in Directory.GetFiles(folder, "*.trx", SearchOption.AllDirectories))
        {
            var doc = XDocument.Load(file);
            XNamespace ns = doc.Root?.Name.Namespace ?? XNamespace.None;
            foreach (var result in doc.Descendants(ns + "UnitTestResult"))
            {
                switch ((string?)result.Attribute("outcome"))
                {
                    case "Passed": passed++; break;
                    case "Failed" or "Error" or "Timeout" or "Aborted":
                        failed++;
                        failedTests.Add((string?)result.Attribute("testName") ?? "?");
                        break;
                    default: skipped++; break;
                }
            }
        }
        return new TestResultSummary(passed, failed, skipped, failedTests);
    }
}
