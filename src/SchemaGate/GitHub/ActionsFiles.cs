using System.Text;

namespace SchemaGate.GitHub;

/// <summary>The files the runner reads after a step: GITHUB_STEP_SUMMARY (markdown) and GITHUB_OUTPUT (name/value pairs).</summary>
public static class ActionsFiles
{
    public static async Task AppendStepSummaryAsync(string path, string markdown, CancellationToken cancellationToken) =>
        await File.AppendAllTextAsync(path, markdown.EndsWith('\n') ? markdown : markdown + "\n", cancellationToken);

    /// <summary>
    /// Appends outputs: <c>name=value</c> for one-line values, the <c>name&lt;&lt;DELIMITER</c> form for values with
    /// line breaks (the delimiter is random and checked not to occur in the value).
    /// </summary>
    public static async Task WriteOutputsAsync(string path, IEnumerable<KeyValuePair<string, string>> outputs, CancellationToken cancellationToken) =>
        await File.AppendAllTextAsync(path, FormatOutputs(outputs), cancellationToken);

    public static string FormatOutputs(IEnumerable<KeyValuePair<string, string>> outputs)
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in outputs)
        {
            if (name.Length == 0 || name.Contains('=') || name.Contains('<') || name.Contains('\n'))
                throw new ArgumentException($"invalid output name '{name}'", nameof(outputs));
            if (!value.Contains('\n') && !value.Contains('\r'))
            {
                sb.Append(name).Append('=').Append(value).Append('\n');
                continue;
            }
            string delimiter;
            do delimiter = "ghadelimiter_" + Guid.NewGuid().ToString("N");
            while (value.Contains(delimiter, StringComparison.Ordinal));
            sb.Append(name).Append("<<").Append(delimiter).Append('\n')
              .Append(value.Replace("\r\n", "\n")).Append('\n')
              .Append(delimiter).Append('\n');
        }
        return sb.ToString();
    }
}
