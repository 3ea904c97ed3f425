// Compares findings with an earlier run's: which are new, which remain, which were fixed.
import type { Finding } from "../model/finding.js";
import type { CheckFinding } from "./model.js";

/** What identifies a finding across runs: not its wording or line, which shift as the file is edited. */
export function fingerprint(finding: Finding): string {
  const where = finding.pointer ?? `${finding.line}:${finding.column}`;
  return [finding.file ?? "", finding.ruleId, finding.messageId, finding.requirementId ?? "", where].join("|");
}

export function markBaseline(findings: Finding[], baseline: Finding[]): { findings: CheckFinding[]; fixed: Finding[] } {
  const remaining = new Map<string, Finding[]>();
  for (const old of baseline) {
    const key = fingerprint(old);
    remaining.set(key, [...(remaining.get(key) ?? []), old]);
  }
  const marked = findings.map((finding): CheckFinding => {
    const matches = remaining.get(fingerprint(finding));
    if (matches && matches.length > 0) {
      matches.shift();
      return { ...finding, baseline: "unchanged" };
    }
    return { ...finding, baseline: "new" };
  });
  return { findings: marked, fixed: [...remaining.values()].flat() };
}
