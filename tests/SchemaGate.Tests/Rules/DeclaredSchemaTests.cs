using SchemaGate.Rules;
using SchemaGate.Rules.Schema;

namespace SchemaGate.Tests.Rules;

/// <summary>What the scripts of a set declare, as of each statement.</summary>
public class DeclaredSchemaTests
{
    private static readonly QualifiedName Alerts = new("public", "alerts");

    private static DeclaredSchema Read(params string[] scripts) =>
        DeclaredSchema.Read(scripts.Select((sql, i) => Scripts.Up(sql, i + 1, $"{i + 1:D4}_s.sql")).ToList());

    [Fact]
    public void A_column_type_is_what_the_last_statement_before_declared()
    {
        var schema = Read("CREATE TABLE alerts (id bigint PRIMARY KEY, code varchar(10) NOT NULL);",
            "ALTER TABLE alerts ALTER COLUMN code TYPE varchar(40);\nALTER TABLE alerts ALTER COLUMN code DROP NOT NULL;");

        Assert.Equal("character varying(10)", schema.Column(Alerts, "code", new SchemaPosition(1, 0))!.Type!.ToString());
        Assert.True(schema.Column(Alerts, "code", new SchemaPosition(1, 0))!.NotNull);
        Assert.Equal("character varying(40)", schema.Column(Alerts, "code", new SchemaPosition(1, 1))!.Type!.ToString());
        Assert.False(schema.Column(Alerts, "code", new SchemaPosition(2, 0))!.NotNull);
        Assert.True(schema.Column(Alerts, "id", new SchemaPosition(2, 0))!.NotNull);
    }

    [Fact]
    public void A_not_null_check_counts_once_valid_and_not_after_it_is_dropped()
    {
        var schema = Read("CREATE TABLE alerts (id bigint, level int);",
            "ALTER TABLE alerts ADD CONSTRAINT level_nn CHECK (level IS NOT NULL) NOT VALID;",
            "ALTER TABLE alerts VALIDATE CONSTRAINT level_nn;\nALTER TABLE alerts DROP CONSTRAINT level_nn;");

        Assert.False(schema.HasValidNotNullCheck(Alerts, "level", new SchemaPosition(2, 0)));
        Assert.True(schema.HasValidNotNullCheck(Alerts, "level", new SchemaPosition(2, 1)));
        Assert.False(schema.HasValidNotNullCheck(Alerts, "level", new SchemaPosition(3, 0)));
        Assert.False(schema.HasValidNotNullCheck(Alerts, "id", new SchemaPosition(2, 1)));
    }

    [Fact]
    public void Functions_keep_their_declared_volatility_volatile_by_default()
    {
        var schema = Read("CREATE FUNCTION a() RETURNS int LANGUAGE sql AS 'SELECT 1';\nCREATE FUNCTION b() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 1';",
            "ALTER FUNCTION a() STABLE;");
        var end = new SchemaPosition(9, 0);

        Assert.Equal(Volatility.Volatile, schema.Function(new QualifiedName("public", "a"), false, new SchemaPosition(1, 0))!.Volatility);
        Assert.Equal(Volatility.Stable, schema.Function(new QualifiedName("public", "a"), false, end)!.Volatility);
        Assert.Equal(Volatility.Immutable, schema.Function(new QualifiedName("public", "b"), false, end)!.Volatility);
        Assert.Null(schema.Function(new QualifiedName("public", "c"), false, end));
    }

    [Fact]
    public void Indexes_and_keys_count_wherever_a_script_creates_them()
    {
        var schema = Read("CREATE TABLE acks (id bigint PRIMARY KEY, alert_id bigint, agent_id bigint);",
            "CREATE INDEX CONCURRENTLY acks_alert_idx ON acks (alert_id, id);\nCREATE INDEX acks_tmp ON acks (agent_id);\nDROP INDEX acks_tmp;");
        var acks = new QualifiedName("public", "acks");

        var keys = schema.IndexesOn(acks).Select(i => string.Join(",", i.Columns)).Order().ToList();

        Assert.Equal(["alert_id,id", "id"], keys);
    }

    [Fact]
    public void An_index_leads_with_a_column_set_in_any_order_but_only_as_its_first_columns()
    {
        var schema = Read("CREATE TABLE acks (id bigint PRIMARY KEY, alert_id bigint, agent_id bigint, at timestamptz);",
            "CREATE INDEX acks_alert_idx ON acks (alert_id, agent_id, at);\nCREATE INDEX acks_tmp ON acks (at);\nDROP INDEX acks_tmp;",
            "CREATE TABLE other (id bigint);\nCREATE INDEX other_idx ON other (id, id);");
        var acks = new QualifiedName("public", "acks");
        bool Leads(QualifiedName table, params string[] columns) => schema.HasIndexLeadingWith(table, columns.ToHashSet(StringComparer.Ordinal));

        Assert.True(Leads(acks, "alert_id"));
        Assert.True(Leads(acks, "agent_id", "alert_id"));
        Assert.True(Leads(acks, "at", "alert_id", "agent_id"));
        Assert.True(Leads(acks, "id"));
        Assert.False(Leads(acks, "agent_id"));
        Assert.False(Leads(acks, "at"));
        Assert.False(Leads(acks, "alert_id", "at"));
        Assert.True(Leads(new QualifiedName("public", "other"), "id"));
        Assert.False(Leads(new QualifiedName("public", "nowhere"), "id"));
        Assert.Equal(schema.IndexesOn(acks).Any(i => i.Columns.Count >= 2 && new[] { i.Columns[0], i.Columns[1] }.ToHashSet().SetEquals(["agent_id", "alert_id"])),
            Leads(acks, "alert_id", "agent_id"));
    }
}
