namespace SchemaGate.Seeds;

/// <summary>How seeds change production (<c>--seed-mode</c>).</summary>
public enum SeedMode
{
    /// <summary>Insert the seed rows production lacks; production is the source of truth for rows it has.</summary>
    Insert = 0,
    /// <summary>Also update existing rows whose non-key columns differ from the seed.</summary>
    Upsert = 1,
    /// <summary>Also delete rows the seed does not list (data loss: SG503 unless allowed).</summary>
    Mirror = 2,
}
