using SchemaGate.Findings;
using SchemaGate.Rules.DataLoss;
using SchemaGate.Rules.Locking;
using SchemaGate.Tracing;

namespace SchemaGate.Tests.Rules;

/// <summary>A traced ALTER TABLE that kept its table's data file withdraws the static guesses that it rewrites, and nothing else.</summary>
public class TraceJoinTests
{
    private const string File = "migrations/0002_change.sql";

    private static Finding At(Rule rule, string obj, int statement = 1) => rule.Report("static guess", File, 2, 1, obj, statement);

    private static TracedFindings.Result Kept(string table, int statement = 1) =>
        new([], [new TracedFindings.Observation(File, statement, RuleEffects.RewritesTable, new TraceFact(TraceFactKind.NoRewrite, table))]);

    [Fact]
    public void A_type_change_and_a_default_guessed_to_rewrite_are_withdrawn()
    {
        var joined = TraceJoin.Join([At(AlterColumnTypeRule.Definition, "public.docs.slug"), At(VolatileDefaultRule.Definition, "public.docs.ref")], Kept("public.docs"));

        Assert.Empty(joined);
    }

    [Fact]
    public void Findings_on_another_statement_table_or_rule_stay()
    {
        var other = At(AlterColumnTypeRule.Definition, "public.docs.slug", statement: 2);
        var otherTable = At(AlterColumnTypeRule.Definition, "public.documents.slug");
        var lockRule = At(LockTimeoutRule.Definition, "public.docs");

        var joined = TraceJoin.Join([other, otherTable, lockRule], Kept("public.docs"));

        Assert.Equal(3, joined.Count);
    }

    [Fact]
    public void A_guess_the_trace_confirmed_with_a_rewrite_stays()
    {
        var confirmed = At(AlterColumnTypeRule.Definition, "public.docs.qty") with
        {
            Evidence = new FindingEvidence { Trace = [new TraceFact(TraceFactKind.Rewrote, "public.docs") { ObjectKind = "table" }] },
        };

        Assert.Single(TraceJoin.Join([confirmed], Kept("public.docs")));
    }
}
