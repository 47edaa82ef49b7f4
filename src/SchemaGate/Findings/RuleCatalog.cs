namespace SchemaGate.Findings;

/// <summary>Every rule SchemaGate knows, by id. Each family's file lists its own rules.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> All { get; } =
        [.. ConfigRules.All, .. HistoryRules.All, .. RollbackRules.All, .. JournalRules.All, .. DataLossRules.All, .. LockingRules.All,
         .. TracedRules.All, .. DriftRules.All, .. DeployRules.All, .. SeedRules.All];

    public static Rule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
