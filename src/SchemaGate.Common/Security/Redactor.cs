namespace SchemaGate.Security;

/// <summary>
/// Knows every secret of the run (passwords, tokens, full connection URLs) and removes them from any text
/// before it is printed or written. One instance per run; register secrets as soon as they are read.
/// </summary>
public sealed class Redactor
{
    public const string Mask = "***";
    private readonly object _gate = new();
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    /// <summary>Raised once for every new secret, so a host can announce it (for example <c>::add-mask::</c>).</summary>
    public event Action<string>? SecretAdded;

    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < 3) return;
        bool added;
        lock (_gate) added = _secrets.Add(secret);
        if (added) SecretAdded?.Invoke(secret);
        var escaped = Uri.EscapeDataString(secret);
        if (escaped != secret)
        {
            bool addedEscaped;
            lock (_gate) addedEscaped = _secrets.Add(escaped);
            if (addedEscaped) SecretAdded?.Invoke(escaped);
        }
    }

    public IReadOnlyCollection<string> Secrets
    {
        get { lock (_gate) return _secrets.ToArray(); }
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        string[] secrets;
        lock (_gate) secrets = _secrets.OrderByDescending(s => s.Length).ToArray();
        foreach (var s in secrets)
            text = text.Replace(s, Mask, StringComparison.Ordinal);
        return text;
    }
}
