namespace SchemaGate.Judgement;

/// <summary>What the gate answers: publish or refuse.</summary>
public enum Verdict
{
    Pass,
    Fail,
}
