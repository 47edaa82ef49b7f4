using System.Text;
using SchemaGate.Findings;
using SchemaGate.Security;

namespace SchemaGate.Reporting;

/// <summary>
/// Writes report.md for people: the verdict first, then what blocks and how to fix or allow it, then
/// warnings, notices and allowed findings, then what was and was not checked. Used for the PR comment and
/// the step summary too, so it carries the hidden marker when asked.
/// </summary>
public sealed class ReportMarkdownWriter(Redactor redactor)
{
    public string Render(GateReport report, string? marker = null)
    {
        var md = new StringBuilder();
        if (marker is not null) md.Append(marker).Append("\n\n");

        md.Append("# SchemaGate deploy check\n\n");
        var blocking = report.Blocking;
        md.Append(report.Passed
            ? "**PASS** — the gate allows this deployment.\n\n"
            : $"**REFUSED** — the gate refuses this deployment: {Count(blocking.Count, "blocking finding")}.\n\n");
        md.Append($"{blocking.Count} blocking, {Count(report.Warnings.Count, "warning")}, " +
                  $"{Count(report.Notices.Count, "notice")}, {report.Allowed.Count} allowed.\n\n");
        if (report.Context.Change is { } change) md.Append($"The change: {MarkdownText.Inline(Safe(change))}.\n\n");
        if (report.Context.Postgres?.Warning is { } pgWarning)
            md.Append("> **Warning:** ").Append(MarkdownText.Inline(pgWarning)).Append("\n\n");

        if (blocking.Count > 0)
        {
            md.Append("## Blocking findings\n\n");
            md.Append("| Rule | Location | Object | Message | Fix or allow |\n");
            md.Append("|---|---|---|---|---|\n");
            foreach (var f in blocking)
            {
                var fix = MarkdownText.Cell(f.Help);
                var allow = MarkdownText.CodeCell(ReportText.AllowDirective(f.RuleId));
                md.Append($"| {RuleCell(f)} | {MarkdownText.CodeCell(Safe(f.Location.Length > 0 && f.File is not null ? f.Location : null))} | " +
                          $"{MarkdownText.CodeCell(Safe(f.Object))} | {MarkdownText.Cell(Safe(FindingText.DescribeWithPolicy(f)))} | " +
                          $"{(fix.Length > 0 ? fix + "<br>" : "")}or allow: {allow} |\n");
            }
            md.Append('\n');
        }

        Section(md, "Warnings", report.Warnings);
        Section(md, "Notices", report.Notices);

        if (report.Allowed.Count > 0)
        {
            md.Append("## Allowed findings\n\n");
            md.Append("| Rule | Location | Object | Message | Allowed by |\n");
            md.Append("|---|---|---|---|---|\n");
            foreach (var f in report.Allowed)
            {
                var s = f.Suppressed!;
                var where = s.File is null ? "" : s.Line is null ? $" at {s.File}" : $" at {s.File}:{s.Line}";
                md.Append($"| {RuleCell(f)} | {MarkdownText.CodeCell(Safe(f.File is null ? null : f.Location))} | " +
                          $"{MarkdownText.CodeCell(Safe(f.Object))} | {MarkdownText.Cell(Safe(FindingText.DescribeWithPolicy(f)))} | " +
                          $"{MarkdownText.Cell(Safe($"{ReportText.Kebab(s.Kind)}{where}: {s.Reason}"))} |\n");
            }
            md.Append('\n');
        }

        if (report.History.Count > 0)
        {
            // History: findings on scripts production already has (or that this branch does not touch). Nobody can edit
            // those any more, so they are shown for the record only, collapsed.
            md.Append($"<details><summary>History: {Count(report.History.Count, "finding")} on scripts outside this change (never blocking)</summary>\n\n");
            md.Append("| Rule | Location | Object | Message |\n|---|---|---|---|\n");
            foreach (var f in report.History)
            {
                md.Append($"| {RuleCell(f)} | {MarkdownText.CodeCell(Safe(f.File is null ? null : f.Location))} | " +
                          $"{MarkdownText.CodeCell(Safe(f.Object))} | {MarkdownText.Cell(Safe(FindingText.DescribeWithPolicy(f)))} |\n");
            }
            md.Append("\n</details>\n\n");
        }

        WriteDriftFix(md, report.Context.Drift?.Fix);
        WriteSeeds(md, report.Context.Seeds);
        WriteDeploy(md, report.Context.Deploy);
        WriteChecked(md, report.Context);
        return redactor.Redact(md.ToString());
    }

    private string? Safe(string? text) => text is null ? null : redactor.Redact(text);

    private static string RuleCell(Finding f) =>
        $"[{MarkdownText.Cell(f.RuleId)}]({ReportText.DocLink(f.RuleId)}) {MarkdownText.Cell(f.Title)}";

    private void Section(StringBuilder md, string heading, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return;
        md.Append($"## {heading}\n\n");
        md.Append("| Rule | Location | Object | Message |\n");
        md.Append("|---|---|---|---|\n");
        foreach (var f in findings)
        {
            md.Append($"| {RuleCell(f)} | {MarkdownText.CodeCell(Safe(f.File is null ? null : f.Location))} | " +
                      $"{MarkdownText.CodeCell(Safe(f.Object))} | {MarkdownText.Cell(Safe(FindingText.DescribeWithPolicy(f)))} |\n");
        }
        md.Append('\n');
    }

    /// <summary>
    /// The drift fix DiffAgainstProd wrote next to the reports: both scripts linked (relative to report.md; on GitHub
    /// Actions to the run's artifacts, where the report folder is uploaded, since the PR comment and the drift issue
    /// carry this text too), what each is for, and whether it validated.
    /// </summary>
    private static void WriteDriftFix(StringBuilder md, DriftFixSummary? fix)
    {
        if (fix is null) return;
        string Link(string path) => $"[`{path}`]({fix.ArtifactsUrl ?? path})";
        string Validated(bool ok, string copy) => ok
            ? $"yes: applied to {copy}, the result matches"
            : "**NOT validated**: differences remain (listed in its header); review before use";
        string WithOnline(string main, string? online) => online is null ? Link(main) : $"{Link(main)}, then {Link(online)} (no transaction)";
        md.Append("## Drift fix\n\n");
        md.Append("Production differs from what its migration history implies. Two generated scripts settle it, either way, " +
                  "written next to this report" + (fix.ArtifactsUrl is null ? "" : $" (in [this run's artifacts]({fix.ArtifactsUrl}))") + ":\n\n");
        md.Append("| Script | What it does | Validated |\n|---|---|---|\n");
        md.Append($"| {WithOnline(fix.Revert, fix.RevertOnline)} | production back to what its journal implies: run it on production " +
                  $"to undo the hand-made change (its annotations name the rules it triggers) | {Validated(fix.RevertValidated, "a copy of production")} |\n");
        md.Append($"| {WithOnline(fix.Adopt, fix.AdoptOnline)} | a migration that brings the history forward to what production holds: " +
                  $"commit it to the migrations folder to keep the hand-made change | {Validated(fix.AdoptValidated, "a copy of the history")} |\n\n");
    }

    /// <summary>The seed plan: per table, what production would get (only when production was compared).</summary>
    private static void WriteSeeds(StringBuilder md, SeedSummary? seeds)
    {
        if (seeds is not { Planned: true, Tables.Count: > 0 }) return;
        md.Append($"## Seed plan ({MarkdownText.Inline(seeds.Mode)} mode)\n\n");
        md.Append("| Table | File | Rows | Insert | Update | Unchanged | Delete |\n|---|---|---|---|---|---|---|\n");
        foreach (var t in seeds.Tables)
            md.Append($"| {MarkdownText.CodeCell(t.Table)} | {MarkdownText.CodeCell(t.File)} | {t.Rows} | {t.Insert} | {t.Update} | {t.Unchanged} | {t.Delete} |\n");
        md.Append('\n');
    }

    /// <summary>What the deploy targets did to production: the backup, the scripts applied, the verification.</summary>
    private void WriteDeploy(StringBuilder md, DeploySummary? deploy)
    {
        if (deploy is null) return;
        md.Append("## Deploy\n\n| Step | Result |\n|---|---|\n");
        var backup = deploy.Backup is { } b
            ? $"{b.File} ({b.SizeBytes:N0} bytes, {(b.Verified ? "verified by a restore" : "NOT verified")})"
            : "not taken";
        md.Append($"| Backup | {MarkdownText.Cell(Safe(backup))} |\n");
        var migrate = deploy.MigrateStatus switch
        {
            MigrateStatus.Applied => deploy.ScriptsApplied.Count == 0 ? "nothing pending" : "applied: " + string.Join(", ", deploy.ScriptsApplied),
            MigrateStatus.Failed => $"FAILED at {deploy.FailedScript}" +
                        (deploy.ScriptsApplied.Count > 0 ? "; applied before it: " + string.Join(", ", deploy.ScriptsApplied) : "") +
                        (deploy.NotAttempted.Count > 0 ? "; not attempted: " + string.Join(", ", deploy.NotAttempted) : ""),
            MigrateStatus.Interrupted => "INTERRUPTED" + (deploy.ScriptsApplied.Count > 0 ? "; applied before it stopped: " + string.Join(", ", deploy.ScriptsApplied) : ""),
            MigrateStatus.JournalMoved => "stopped: production's journal moved since the gate ran",
            _ => "not run",
        };
        md.Append($"| Migrations | {MarkdownText.Cell(Safe(migrate))} |\n");
        var verify = deploy.VerifyStatus switch
        {
            VerifyStatus.Matches => "production matches its history plus the deployed scripts",
            VerifyStatus.Differs => $"DIFFERS in {deploy.VerifyDifferences} object(s) (SG406)",
            _ => "not run",
        };
        md.Append($"| Verification | {MarkdownText.Cell(verify)} |\n\n");
        if (deploy.Fault is { } fault) md.Append("> **Production step stopped:** ").Append(MarkdownText.Inline(Safe(fault.Describe()))).Append("\n\n");
    }

    private void WriteChecked(StringBuilder md, GateContext context)
    {
        md.Append("## What was checked\n\n");
        var done = new List<string>(context.ChecksDone);
        if (context.Migrations is { } m)
            done.Add($"{Count(m.Total, "migration")} found, {m.Applied} applied from scratch on the ephemeral server, {m.Pending.Count} not applied" +
                     (m.Pending.Count > 0 ? ": " + string.Join(", ", m.Pending) : ""));
        if (context.Drift is { Checked: true } d)
            done.Add(d.Total == 0 ? "drift: production matches its migration history"
                : $"drift: {d.Added} added, {d.Removed} removed, {d.Altered} altered objects differ from the history");
        if (context.PolicyFile is { } policy)
            done.Add($"rule severities from the policy file {policy}" + (context.Strict ? " (strict: warnings block)" : ""));
        if (context.Postgres is { } pg)
            done.Add($"PostgreSQL: ephemeral {pg.Ephemeral ?? "unknown"}, production {pg.Production ?? "not connected"}");
        if (done.Count == 0) md.Append("- nothing was recorded as checked\n");
        foreach (var item in done) md.Append("- ").Append(MarkdownText.Inline(Safe(item))).Append('\n');
        md.Append('\n');

        md.Append("## What was not checked\n\n");
        var notDone = new List<string>(context.ChecksNotDone);
        if (context.Drift is { Checked: false } nd)
        {
            var line = "drift not checked" + (nd.Reason is null ? "" : ": " + nd.Reason);
            if (!notDone.Any(n => n.StartsWith("drift not checked", StringComparison.OrdinalIgnoreCase))) notDone.Add(line);
        }
        if (notDone.Count == 0) md.Append("- everything planned was checked\n");
        foreach (var item in notDone) md.Append("- ").Append(MarkdownText.Inline(Safe(item))).Append('\n');
        md.Append('\n');

        if (context.Targets.Count > 0)
        {
            md.Append("<details><summary>Targets and timings</summary>\n\n");
            md.Append("| Target | Status | Duration |\n|---|---|---|\n");
            foreach (var t in context.Targets)
                md.Append($"| {MarkdownText.Cell(Safe(t.Name))} | {MarkdownText.Cell(t.Status.ToString())} | {ReportText.Duration(t.Duration)} |\n");
            foreach (var t in context.Timings)
                md.Append($"| {MarkdownText.Cell(Safe(t.Name))} | timing | {ReportText.Duration(t.Duration)} |\n");
            md.Append("\n</details>\n\n");
        }
        md.Append($"SchemaGate {MarkdownText.Inline(Safe(context.ToolVersion))}\n");
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
