// Compares findings with an earlier run's: which are new, which remain, which were fixed.
import type { Finding } from "../model/finding.js";
import type { CheckFinding } from "./model.js";

/** What identifies a finding across runs: not its wording or line, which shift as the file is edited. */
export function fingerprint(finding: Finding): string {
  const where = finding.pointer ?? `${finding.line}:${finding.column}`;
  return [finding.file ?? "", finding.ruleId, finding.messageId, finding.requirementId ?? "", where].join("|");
}

/** The baseline's findings of one fingerprint, in file order; those before `matched` are taken by current findings. */
interface SameFingerprint {
  findings: Finding[];
  matched: number;
}

// Indexed by fingerprint, each taken in order by a counter: linear however many findings share one fingerprint.
export function markBaseline(findings: Finding[], baseline: Finding[]): { findings: CheckFinding[]; fixed: Finding[] } {
  const remaining = new Map<string, SameFingerprint>();
  for (const old of baseline) {
    const key = fingerprint(old);
    const same = remaining.get(key);
    if (same) same.findings.push(old);
    else remaining.set(key, { findings: [old], matched: 0 });
  }
  const marked = findings.map((finding): CheckFinding => {
    const same = remaining.get(fingerprint(finding));
    if (same && same.matched < same.findings.length) {
      same.matched++;
      return { ...finding, baseline: "unchanged" };
    }
    return { ...finding, baseline: "new" };
  });
  const fixed = [...remaining.values()].flatMap(({ findings: same, matched }) => same.slice(matched));
  return { findings: marked, fixed };
}
