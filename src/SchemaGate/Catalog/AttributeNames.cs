namespace SchemaGate.Catalog;

/// <summary>Attribute names shared by several object kinds (the catalog queries' column names).</summary>
public static class AttributeNames
{
    public const string Owner = "owner";
    public const string Comment = "comment";
    public const string Privileges = "privileges";
    public const string Definition = "definition";
    public const string Type = "type";
    public const string Labels = "labels";
}
