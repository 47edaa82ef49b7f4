namespace SchemaGate.Judgement;

/// <summary>
/// One allow directive, wherever it was written: an up script (<c>-- schemagate:allow SG202 reason="..."</c> for the
/// statement it covers, <c>allow-file</c> for the whole file), a down script (SG113-SG115 are reported on it), or a seed
/// file (<c># schemagate:allow-file SG503 reason="..."</c>). <see cref="Statement"/> is the covered statement's index
/// (null for a file-level allow); <see cref="StatementSpan"/> its first and last line, for findings that only know a line.
/// <see cref="ReportUnused"/>: an allow that matched nothing is reported (SG108) for up scripts only.
/// </summary>
public sealed record AllowScope(string File, string RuleId, string Reason, int Line, int Column, int? Statement, bool ReportUnused)
{
    public (int First, int Last)? StatementSpan { get; init; }

    public bool FileLevel => Statement is null;
}
