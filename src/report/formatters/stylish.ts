// Human output of `check`: findings by clause, readiness per clause, then the verdict.
import { printable } from "../../model/printable.js";
import type { ChalkInstance } from "chalk";
import { translator, type Translate } from "../../i18n/translate.js";
import { gradeKey, type Finding, type Severity } from "../../model/finding.js";
import type { Conformity } from "../../model/gap-assessment.js";
import type { CheckFinding, CheckReport, ClauseScore, GapAssessmentReport, Score } from "../model.js";
import { byCategory } from "./categories.js";
import type { Formatter } from "./types.js";

export const stylish: Formatter<CheckReport> = {
  name: "stylish",
  extension: ".txt",
  render(report, { colour }) {
    const t = translator(report.lang);
    const lines: string[] = [];
    if (report.organization !== "")
      lines.push(colour.bold(t("format.header", { organization: printable(report.organization), file: printable(report.file), standard: report.standard, asOf: report.asOf })), "");
    for (const group of groupByClause(report, t)) {
      lines.push(colour.bold(group.heading));
      for (const finding of group.findings) lines.push(...findingLines(finding, report, t, colour));
      lines.push("");
    }
    lines.push(...summaryLines(report, t, colour), "");
    if (report.scores.length > 0) lines.push(...scoreLines(report.scores, report.overall, t), "");
    if (report.gapAssessment) lines.push(...gapAssessmentLines(report.gapAssessment, t), "");
    lines.push(...verdictLines(report, t, colour));
    if (report.fixed !== undefined && report.fixed.length > 0) {
      lines.push("", colour.green(t("format.fixed.heading", { count: report.fixed.length })));
      for (const finding of report.fixed) lines.push(...findingLines(finding, report, t, colour, false));
    }
    return lines.join("\n") + "\n";
  },
};

interface FindingGroup {
  heading: string;
  findings: CheckFinding[];
}

/** Unmet prerequisites first; then findings under the clause the score table uses (8.x for clause 8), in score order; findings without a clause last. */
function groupByClause(report: CheckReport, t: Translate): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const score of report.scores) groups.set(score.clause, { heading: `${score.clause} ${score.title}`, findings: [] });
  const prerequisites: FindingGroup = { heading: t("format.prerequisites"), findings: [] };
  const general: FindingGroup = { heading: t("format.general"), findings: [] };
  for (const finding of report.findings) {
    if (finding.category === "prerequisite") {
      prerequisites.findings.push(finding);
      continue;
    }
    if (finding.clause === undefined) {
      general.findings.push(finding);
      continue;
    }
    const key = scoredClause(finding.clause, report.scores) ?? finding.clause;
    if (!groups.has(key)) groups.set(key, { heading: key, findings: [] });
    groups.get(key)!.findings.push(finding);
  }
  return [prerequisites, ...groups.values(), general].filter((g) => g.findings.length > 0);
}

/** The most specific scored clause that holds `clause`: "8.5.1.1" -> "8.5", "7.5.4" -> "7". */
function scoredClause(clause: string, scores: ClauseScore[]): string | undefined {
  let best: string | undefined;
  for (const { clause: scored } of scores) {
    if ((clause === scored || clause.startsWith(`${scored}.`)) && (best === undefined || scored.length > best.length)) best = scored;
  }
  return best;
}

function findingLines(finding: Finding & { baseline?: string }, report: CheckReport, t: Translate, colour: ChalkInstance, withRemedy = true): string[] {
  const paint: Record<Severity, (s: string) => string> = { major: colour.red, minor: colour.yellow, observation: colour.cyan };
  const where = colour.underline(location(finding, report.file));
  const marker = finding.baseline === "new" ? `  ${colour.bold(`[${t("format.baseline.new")}]`)}` : "";
  const message = finding.message.replace(/\r?\n/g, "\n    ");
  const lines = [`  ${where}  ${paint[finding.severity](t(gradeKey(finding)))}  ${message}  ${colour.dim(`(${finding.ruleId})`)}${marker}`];
  if (withRemedy && finding.remedy !== undefined) lines.push(colour.dim(`      ${finding.remedy.replace(/\r?\n/g, "\n      ")}`));
  return lines;
}

/** file:line:col, as far as known; findings without a file are about the SMS file. */
function location(finding: Finding, file: string): string {
  const where = finding.file ?? file;
  if (finding.line === undefined) return where;
  return finding.column === undefined ? `${where}:${finding.line}` : `${where}:${finding.line}:${finding.column}`;
}

function summaryLines(report: CheckReport, t: Translate, colour: ChalkInstance): string[] {
  const lines: string[] = [];
  const { invalid, prerequisites, nonconformities } = byCategory(report.findings);
  if (report.findings.length === 0) lines.push(colour.green(t("format.summary.none")));
  if (invalid.length > 0) lines.push(colour.bold(t("format.summary.invalid", { count: invalid.length })));
  if (prerequisites.length > 0) lines.push(colour.bold(t("format.summary.prerequisites", { count: prerequisites.length })));
  if (nonconformities.length > 0) {
    const count = (severity: Severity) => nonconformities.filter((f) => f.severity === severity).length;
    lines.push(
      colour.bold(t("format.summary.findings", { total: nonconformities.length, major: count("major"), minor: count("minor"), observation: count("observation") })),
    );
  }
  if (report.suppressed.length > 0) lines.push(t("format.summary.suppressed", { count: report.suppressed.length }));
  for (const waiver of report.waivers) {
    if (waiver.state === "expired") lines.push(colour.yellow(t("format.waiver.expired", { id: waiver.id, expires: waiver.expires })));
  }
  return lines;
}

/** Clause, percentage and satisfied/applicable; the title last so that wide (CJK) titles cannot break the columns. */
function scoreLines(scores: ClauseScore[], overall: Score, t: Translate): string[] {
  const clauseWidth = Math.max(...scores.map((s) => 2 * s.depth + s.clause.length));
  const fraction = (s: Score) => `${s.satisfied}/${s.applicable}${s.weak > 0 ? ` (${t("format.scores.weak", { count: s.weak })})` : ""}`;
  // The weak note is localised ("1 项不充分"): pad by terminal columns, not by UTF-16 units.
  const fractionWidth = Math.max(columns(fraction(overall)), ...scores.map((s) => columns(fraction(s))));
  const row = (clause: string, score: Score, title: string) =>
    `  ${clause.padEnd(clauseWidth)}  ${percent(score.ratio).padStart(4)}  ${" ".repeat(fractionWidth - columns(fraction(score)))}${fraction(score)}  ${title}`;
  return [
    t("format.scores.heading"),
    ...scores.map((s) => row(`${"  ".repeat(s.depth)}${s.clause}`, s, s.title)),
    row("", overall, t("format.scores.overall")),
  ];
}

/** Terminal columns of a string: East Asian wide and full-width characters take two. */
function columns(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

/** Rounded down, so that 100% means every applicable requirement is satisfied. */
function percent(ratio: number | null): string {
  return ratio === null ? "-" : `${Math.floor(ratio * 100)}%`;
}

function verdictLines(report: CheckReport, t: Translate, colour: ChalkInstance): string[] {
  const { verdict } = report;
  const lines =
    verdict.status === "ready" ? [colour.green.bold(t("format.verdict.ready"))] : [colour.red.bold(t("format.verdict.notReady"))];
  for (const reason of verdict.reasons) lines.push(`  - ${reason.message}  ${colour.dim(`(${reason.ruleId})`)}`);
  if (verdict.earliestApplication !== undefined) lines.push(verdict.earliestApplication);
  return lines;
}

/** The consultant's ratings counted per clause, and where the remediation plan stands. */
function gapAssessmentLines(gap: GapAssessmentReport, t: Translate): string[] {
  const shown: Conformity[] = ["conforming", "inconsistent", "initial", "not-addressed", "not-applicable", "not-assessed"];
  const lines = [t("format.gap.heading", { assessor: printable(gap.assessor), date: gap.date, file: printable(gap.file) })];
  const width = Math.max(...gap.byClause.map((c) => c.clause.length));
  for (const clause of gap.byClause) {
    const counts = shown.filter((status) => clause.counts[status] > 0).map((status) => `${clause.counts[status]} ${t(`conformity.${status}`)}`);
    lines.push(`  ${clause.clause.padEnd(width)}  ${counts.join(t("list.separator"))}  ${clause.title}`);
  }
  const pending = gap.actions.filter((a) => a.status === "open" || a.status === "in-progress");
  lines.push(t("format.gap.actions", { total: gap.actions.length, pending: pending.length, overdue: pending.filter((a) => a.overdue).length }));
  const progress = gap.progress;
  if (progress) {
    const counts = { improved: progress.improved.length, regressed: progress.regressed.length, newlyAssessed: progress.newlyAssessed.length, closed: progress.closedActions.length };
    lines.push(t("format.gap.progress", { since: progress.since, ...counts }));
    const change = (direction: string, c: { clause: string; from: Conformity; to: Conformity }) =>
      t("format.gap.change", { direction, clause: c.clause, from: t(`conformity.${c.from}`), to: t(`conformity.${c.to}`) });
    for (const c of progress.improved) lines.push(change("+", c));
    for (const c of progress.regressed) lines.push(change("-", c));
  }
  return lines;
}

