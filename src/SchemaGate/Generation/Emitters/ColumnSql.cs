using SchemaGate.Catalog;

namespace SchemaGate.Generation.Emitters;

/// <summary>A column as CREATE TABLE, CREATE FOREIGN TABLE and ADD COLUMN write it.</summary>
public static class ColumnSql
{
    public static string Definition(SchemaObject column, bool withConstraints = true) => SqlNames.Join(
        SqlNames.Ident(ObjectSql.Name(column)),
        column["type"],
        column["options"] is { } options ? OptionsClause.Create(options) : null,
        column["collation"] is { } collation ? "COLLATE " + collation : null,
        withConstraints ? Constraints(column) : null);

    /// <summary>GENERATED, identity or DEFAULT, then NOT NULL.</summary>
    public static string Constraints(SchemaObject column) => SqlNames.Join(
        column["generated"] is { } generated ? $"GENERATED ALWAYS AS ({generated}) STORED"
        : column["identityKind"] is { } identity ? $"GENERATED {(identity == "always" ? "ALWAYS" : "BY DEFAULT")} AS IDENTITY"
        : column["default"] is { } def ? "DEFAULT " + def
        : null,
        column["notNull"] == "true" ? "NOT NULL" : null);
}
