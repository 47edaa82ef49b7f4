using SchemaGate.Reporting;

namespace SchemaGate.Demo;

/// <summary>How the demonstration ended: the gate's report and whether it refused with both expected findings.</summary>
public sealed record DemoOutcome(GateReport Report, bool DataLossFound, bool DriftFound)
{
    public bool AsIntended => !Report.Passed && DataLossFound && DriftFound;
}
