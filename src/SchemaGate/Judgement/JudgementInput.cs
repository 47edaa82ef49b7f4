using SchemaGate.Findings;
using SchemaGate.Policy;

namespace SchemaGate.Judgement;

/// <summary>What the judgement needs besides the findings: the allows, the policy, the change, the analyses that ran, strictness.</summary>
public sealed record JudgementInput
{
    public IReadOnlyList<AllowScope> Allows { get; init; } = [];
    public GatePolicy Policy { get; init; } = GatePolicy.Default;
    public ChangeSet Change { get; init; } = ChangeSet.Everything("no change set given");
    public Analyses Ran { get; init; }
    public bool Strict { get; init; }
}
