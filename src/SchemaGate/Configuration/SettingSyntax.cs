using System.Globalization;
using Npgsql;

namespace SchemaGate.Configuration;

/// <summary>
/// Finds what is wrong with a postgres:// URL or a keyword/value string, in words that never repeat a value from it
/// (a malformed URL can put part of a password where a host or port belongs). Null when nothing is wrong.
/// </summary>
public static class SettingSyntax
{
    private static readonly NpgsqlConnectionStringBuilder KnownKeywords = new();

    public static string? UrlProblem(string value)
    {
        var text = value.Trim();
        var ws = text.IndexOfAny([' ', '\t', '\r', '\n']);
        if (ws >= 0)
            return $"it contains a space (character {ws + 1}); a URL cannot hold spaces: percent-encode them (%20), e.g. in the password";
        var start = text.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = text.IndexOfAny(['/', '?', '#'], start);
        var authority = end < 0 ? text[start..] : text[start..end];
        var at = authority.LastIndexOf('@');
        var hostPort = at < 0 ? authority : authority[(at + 1)..];
        if (at >= 0 && authority[..at].Length == 0)
            return "it has an '@' with no user name before it";

        string host, port;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']');
            if (close < 0) return "its IPv6 host has no closing ']'";
            host = hostPort[1..close];
            var rest = hostPort[(close + 1)..];
            if (rest.Length > 0 && rest[0] != ':') return "text follows the IPv6 host where ':port' belongs";
            port = rest.Length > 0 ? rest[1..] : "";
        }
        else
        {
            var colon = hostPort.LastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort[..colon];
            port = colon < 0 ? "" : hostPort[(colon + 1)..];
            if (colon >= 0 && port.Length == 0) return "it has a ':' after the host but no port number";
        }
        if (host.Length == 0)
            return "it names no host (expected postgres://user:password@host:5432/database)";
        if (host.Contains(','))
            return "it names several hosts; give one production host";
        return PortProblem(port);
    }

    public static string? KeywordsProblem(string value)
    {
        string? previousKey = null;
        var index = 0;
        foreach (var item in SplitItems(value))
        {
            index++;
            if (item.Unbalanced)
                return item.Key.Length == 0
                    ? $"item {index} has an unbalanced quote"
                    : $"the value of '{Safe(item.Key, previousKey)}' has an unbalanced quote (a quote opened and never closed)";
            if (item.Key.Length == 0 && item.Value.Length == 0) continue;
            if (!item.HasEquals)
                return $"item {index} has no '=' (expected Keyword=value; separate items with ';' and quote values that hold ';')";
            if (item.Key.Length == 0)
                return $"item {index} has a value but no keyword";
            if (!KnownKeywords.ContainsKey(item.Key))
                return $"'{Safe(item.Key, previousKey)}' is not a keyword PostgreSQL's client knows (e.g. Host, Port, Database, Username, Password, SSL Mode)";
            if (string.Equals(item.Key, "port", StringComparison.OrdinalIgnoreCase) && PortProblem(item.Value) is { } port)
                return port;
            previousKey = item.Key;
        }
        return null;
    }

    private static string? PortProblem(string port)
    {
        if (port.Length == 0) return null;
        if (!port.All(char.IsAsciiDigit)) return "its port is not a number (expected 1-65535, default 5432)";
        return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 65535
            ? null
            : "its port is outside 1-65535";
    }

    /// <summary>A keyword is named unless it directly follows the password, where it may be a piece of an unquoted password.</summary>
    private static string Safe(string key, string? previousKey) =>
        previousKey is not null && (previousKey.Equals("password", StringComparison.OrdinalIgnoreCase) || previousKey.Equals("pwd", StringComparison.OrdinalIgnoreCase))
            ? "the item after Password"
            : key;

    private sealed record Item(string Key, string Value, bool HasEquals, bool Unbalanced);

    private static IEnumerable<Item> SplitItems(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var key = new System.Text.StringBuilder();
            while (i < text.Length && text[i] != '=' && text[i] != ';') key.Append(text[i++]);
            if (i >= text.Length || text[i] == ';')
            {
                i++;
                yield return new Item(key.ToString().Trim(), "", false, false);
                continue;
            }
            i++; // '='
            while (i < text.Length && text[i] == ' ') i++;
            var value = new System.Text.StringBuilder();
            if (i < text.Length && text[i] is '\'' or '"')
            {
                var quote = text[i++];
                var closed = false;
                while (i < text.Length)
                {
                    if (text[i] == quote)
                    {
                        if (i + 1 < text.Length && text[i + 1] == quote) { value.Append(quote); i += 2; continue; }
                        i++;
                        closed = true;
                        break;
                    }
                    value.Append(text[i++]);
                }
                if (!closed)
                {
                    yield return new Item(key.ToString().Trim(), "", true, true);
                    yield break;
                }
                while (i < text.Length && text[i] != ';') i++;
            }
            else
            {
                while (i < text.Length && text[i] != ';') value.Append(text[i++]);
            }
            i++;
            yield return new Item(key.ToString().Trim(), value.ToString().Trim(), true, false);
        }
    }
}
