namespace SchemaGate.Findings;

/// <summary>Every rule SchemaGate knows, by id. Each family's file lists its own rules.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> All { get; } =
        [.. HistoryRules.All, .. JournalRules.All, .. DataLossRules.All, .. LockingRules.All, .. DriftRules.All, .. SeedRules.All];

    public static Rule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
