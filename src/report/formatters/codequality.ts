// GitLab Code Quality: a JSON array of issues in the subset of the Code Climate format that GitLab
// reads, for the merge request widget and diff. Waived findings are left out (GitLab has no suppressed
// state); fingerprints are the SARIF ones, so both formats track a finding alike across runs.
import type { Finding, Severity } from "../../model/finding.js";
import { wellFormed } from "../../model/printable.js";
import type { CheckFinding, CheckReport } from "../model.js";
import { fingerprints } from "./fingerprint.js";
import { jsonText } from "./json-text.js";
import { mapStrings } from "./map-strings.js";
import type { SourcePath } from "./source-path.js";
import type { CheckFormatter } from "./types.js";

type CodeQualitySeverity = "blocker" | "critical" | "major" | "minor" | "info";

const NONCONFORMITY: Record<Severity, CodeQualitySeverity> = { major: "critical", minor: "minor", observation: "info" };

export const codequality: CheckFormatter<CheckReport> = {
  name: "codequality",
  extension: ".json",
  render: (report, { sourcePath }) => issuesText([report], sourcePath),
  renderMany: (reports, { sourcePath }) => issuesText(reports, sourcePath),
};

/** One list for every file: GitLab reads one report per job. */
function issuesText(reports: CheckReport[], sourcePath: SourcePath): string {
  // JSON.stringify writes a lone surrogate as \ud800, which strict readers refuse.
  return jsonText(mapStrings(reports.flatMap((report) => issuesOf(report, sourcePath)), wellFormed));
}

function issuesOf(report: CheckReport, sourcePath: SourcePath) {
  const fileOf = (finding: Finding) => sourcePath(finding.file ?? report.file);
  const prints = fingerprints(report.findings, fileOf);
  return report.findings.map((finding, i) => ({
    description: finding.message,
    check_name: finding.ruleId,
    fingerprint: prints[i],
    severity: severity(finding),
    // GitLab requires a line; a finding about the file as a whole is put on its first.
    location: { path: fileOf(finding), lines: { begin: finding.line ?? 1 } },
  }));
}

/**
 * GitLab merges every job's report into one list ranked by severity, so the grades are placed among
 * other tools' issues: invalid input and unmet prerequisites stop the application itself (blocker); a
 * major nonconformity stops certification until it is closed (critical); a minor stays minor and an
 * observation, advice only, is info. "major" is left unused so that GitLab never shows that word on
 * what an auditor calls a minor.
 */
export function severity(finding: CheckFinding): CodeQualitySeverity {
  return finding.category === "nonconformity" ? NONCONFORMITY[finding.severity] : "blocker";
}
