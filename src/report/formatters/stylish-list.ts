// What the terminal list of `check` shows and in which order: findings under the clause the score
// table uses, most severe first, each remedy and how-to-record note said once per rule and clause.
import { scoredClause } from "../scored-clause.js";
import type { Translate } from "../../i18n/translate.js";
import { atOrAbove, SEVERITIES, type Severity } from "../../model/finding.js";
import { compareByPosition } from "../findings.js";
import type { CheckFinding, CheckReport, ClauseScore } from "../model.js";

/** A finding as listed, with the advice that follows it (if it is the last of its rule to need it). */
export interface ListedFinding {
  finding: CheckFinding;
  /** Said after the last finding of the group with the same rule and remedy; sharedBy counts those findings. */
  remedy?: { text: string; sharedBy: number };
  /** Said after the last finding of the group with the same rule and note. */
  howToRecord?: string;
}

export interface FindingGroup {
  heading: string;
  findings: ListedFinding[];
}

export interface FindingList {
  groups: FindingGroup[];
  /** Nonconformities below --min-grade, which the list leaves out. */
  hidden: Record<Severity, number>;
}

/** The grade a finding is listed and filtered at: unmet prerequisites and invalid input weigh as majors. */
export function listedGrade(finding: { category: CheckFinding["category"]; severity: Severity }): Severity {
  return finding.category === "nonconformity" ? finding.severity : "major";
}

/** Unmet prerequisites first; then the scored clauses in score order; findings without a clause last. */
export function listFindings(report: CheckReport, t: Translate, minGrade: Severity = "observation"): FindingList {
  const hidden: Record<Severity, number> = { major: 0, minor: 0, observation: 0 };
  const shown = report.findings.filter((finding) => {
    const keep = atOrAbove(listedGrade(finding), minGrade);
    if (!keep) hidden[finding.severity] += 1;
    return keep;
  });
  const groups = groupByClause(shown, report.scores, t).map(({ heading, findings }) => ({ heading, findings: withAdvice(findings.sort(byGradeThenPosition)) }));
  return { groups, hidden };
}

function byGradeThenPosition(a: CheckFinding, b: CheckFinding): number {
  return SEVERITIES.indexOf(listedGrade(a)) - SEVERITIES.indexOf(listedGrade(b)) || compareByPosition(a, b);
}

function groupByClause(findings: CheckFinding[], scores: ClauseScore[], t: Translate): { heading: string; findings: CheckFinding[] }[] {
  const groups = new Map<string, { heading: string; findings: CheckFinding[] }>();
  for (const score of scores) groups.set(score.clause, { heading: `${score.clause} ${score.title}`, findings: [] });
  const prerequisites = { heading: t("format.prerequisites"), findings: [] as CheckFinding[] };
  const general = { heading: t("format.general"), findings: [] as CheckFinding[] };
  for (const finding of findings) {
    if (finding.category === "prerequisite") {
      prerequisites.findings.push(finding);
      continue;
    }
    if (finding.clause === undefined) {
      general.findings.push(finding);
      continue;
    }
    const key = scoredClause(finding.clause, scores) ?? finding.clause;
    if (!groups.has(key)) groups.set(key, { heading: key, findings: [] });
    groups.get(key)!.findings.push(finding);
  }
  return [prerequisites, ...groups.values(), general].filter((g) => g.findings.length > 0);
}


/** Twenty missing documents of one rule need one note on how to record them, not twenty. */
function withAdvice(findings: CheckFinding[]): ListedFinding[] {
  const remedyKey = (f: CheckFinding) => (f.remedy === undefined ? undefined : `${f.ruleId}\u0000${f.remedy}`);
  const recordKey = (f: CheckFinding) => (f.howToRecord === undefined ? undefined : `${f.ruleId}\u0000${f.howToRecord}`);
  const lastRemedy = lastIndexByKey(findings, remedyKey);
  const lastRecord = lastIndexByKey(findings, recordKey);
  return findings.map((finding, index) => {
    const listed: ListedFinding = { finding };
    const remedy = remedyKey(finding);
    if (remedy !== undefined && lastRemedy.get(remedy)!.index === index) listed.remedy = { text: finding.remedy!, sharedBy: lastRemedy.get(remedy)!.count };
    const record = recordKey(finding);
    if (record !== undefined && lastRecord.get(record)!.index === index) listed.howToRecord = finding.howToRecord;
    return listed;
  });
}

function lastIndexByKey<T>(items: T[], keyOf: (item: T) => string | undefined): Map<string, { index: number; count: number }> {
  const last = new Map<string, { index: number; count: number }>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key !== undefined) last.set(key, { index, count: (last.get(key)?.count ?? 0) + 1 });
  });
  return last;
}
