namespace SchemaGate.Policy;

/// <summary>One entry of the policy's <c>rules</c> object: the rule, its level, and the line it stands on.</summary>
public sealed record RuleSetting(string RuleId, RuleLevel Level, int Line);
