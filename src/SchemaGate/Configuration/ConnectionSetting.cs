namespace SchemaGate.Configuration;

/// <summary>
/// One connection setting as given, before parsing: which database it is for (<paramref name="Role"/>, e.g.
/// "production"), the parameter it belongs to, where the value came from, and the value itself (a secret).
/// </summary>
public sealed record ConnectionSetting(string Role, string Parameter, string Source, string Value)
{
    /// <summary>How messages name the setting: <c>--prod-url</c>, or <c>--prod-url (from DATABASE_URL)</c>.</summary>
    public string Name => Source == Parameter ? Parameter : $"{Parameter} (from {Source})";

    public override string ToString() => Name;
}
