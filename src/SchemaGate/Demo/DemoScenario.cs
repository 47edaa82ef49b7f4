namespace SchemaGate.Demo;

/// <summary>The two mistakes the demo makes, and the rows it puts in "production" so the data loss is real.</summary>
public static class DemoScenario
{
    /// <summary>The destructive script added to the copy of the sample (after its newest version).</summary>
    public const string DestructiveSql = """
        -- Added by the demo: "payload is unused, let's drop it" (it is not unused: production holds alerts with payloads).
        ALTER TABLE alerts DROP COLUMN payload;
        """;

    public const string DestructiveDescription = "drop_alerts_payload";

    /// <summary>The hand-made change in production that no migration records (drift).</summary>
    public const string ManualChangeSql = "ALTER TABLE agents ADD COLUMN nickname text";

    public const string ManualChangeObject = "public.agents.nickname";

    public const string Rows = """
        INSERT INTO agents (email, display_name) VALUES
            ('ada@example.com', 'Ada'), ('grace@example.com', 'Grace'), ('linus@example.com', 'Linus');
        INSERT INTO alerts (agent_id, severity, title, payload)
        SELECT a.id, 1 + (g % 5), 'disk almost full on web-' || g, jsonb_build_object('host', 'web-' || g, 'used_percent', 90 + g % 10)
        FROM generate_series(1, 12) AS g JOIN agents a ON a.email = 'ada@example.com';
        INSERT INTO feature_flags (key, enabled, rollout_percent) VALUES ('new_inbox', true, 25), ('dark_mode', false, 0);
        """;
}
