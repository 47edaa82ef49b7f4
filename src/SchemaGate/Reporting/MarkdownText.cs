using System.Text;

namespace SchemaGate.Reporting;

/// <summary>Escaping for GitHub-flavoured markdown.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Makes text safe inside a table cell: pipes escaped, line breaks turned into &lt;br&gt;, and characters
    /// that would start inline HTML or code spans neutralised so a message cannot break the table.
    /// </summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        var normalised = text.Replace("\r\n", "\n").Replace('\r', '\n');
        foreach (var c in normalised)
        {
            switch (c)
            {
                case '|': sb.Append("\\|"); break;
                case '\n': sb.Append("<br>"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\\': sb.Append("\\\\"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString().Trim();
    }

    /// <summary>Inline code for a cell: backticks inside are avoided by a longer fence, pipes still escaped.</summary>
    public static string CodeCell(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var oneLine = text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
        var fence = oneLine.Contains('`') ? "``" : "`";
        var pad = oneLine.StartsWith('`') || oneLine.EndsWith('`') ? " " : "";
        return fence + pad + oneLine.Replace("|", "\\|") + pad + fence;
    }

    /// <summary>Escapes text for a paragraph or list item (not a table).</summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        return text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ')
            .Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
