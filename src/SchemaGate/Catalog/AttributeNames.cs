namespace SchemaGate.Catalog;

/// <summary>Attribute names shared by several object kinds (the catalog queries' column names).</summary>
public static class AttributeNames
{
    public const string Owner = "owner";
    public const string Comment = "comment";
    public const string Privileges = "privileges";
    public const string OwnerPrivileges = "ownerPrivileges";
    public const string Definition = "definition";
    public const string Type = "type";
    public const string Labels = "labels";
    public const string Options = "options";

    /// <summary>
    /// The value of an attribute the reading role may not see (a user mapping's options, to a role that neither is
    /// the mapped one nor owns the server). The diff compares it with nothing: it is not a difference.
    /// </summary>
    public const string NotReadable = "(not readable)";
}
