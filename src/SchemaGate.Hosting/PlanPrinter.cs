namespace SchemaGate.Hosting;

/// <summary><c>--plan</c>: the execution order, one target a line, with why it is in the run.</summary>
internal static class PlanPrinter
{
    public static void Write(TextWriter output, IReadOnlyList<PlannedTarget> plan)
    {
        output.WriteLine("Execution plan:");
        var width = plan.Select(p => p.Node.Name.Length).DefaultIfEmpty(0).Max();
        var number = 0;
        foreach (var step in plan)
            output.WriteLine($"  {++number,2}. {step.Node.Name.PadRight(width)}  ({step.ReasonText})");
    }
}
