// Human output of `check`: the verdict and what blocks it first, then findings by clause, most
// severe first, then readiness per clause. Several files follow each other under `==> file <==`
// headings (as head and tail print them), and a last line counts their verdicts.
import { printable } from "../../model/printable.js";
import type { ChalkInstance } from "chalk";
import { localized, translator, type Translate } from "../../i18n/translate.js";
import { gradeKey, type Finding, type Severity } from "../../model/finding.js";
import type { Conformity } from "../../model/gap-assessment.js";
import type { CheckReport, ClauseScore, GapAssessmentReport, Score } from "../model.js";
import { byCategory } from "./categories.js";
import { listedGrade, listFindings, type FindingGroup, type ListedFinding } from "./stylish-list.js";
import { setSummary } from "./check-set.js";
import type { CheckFormatter, FormatContext } from "./types.js";

/** How many blockers the overview names; the list below has all of them. */
const TOP_BLOCKERS = 5;
/** Terminal columns a blocker's message may take in the overview, so that each stays one line. */
const BLOCKER_COLUMNS = 100;

export const stylish: CheckFormatter<CheckReport> = {
  name: "stylish",
  extension: ".txt",
  render: (report, context) => reportText(report, context),
  renderMany(reports, context, checked = reports) {
    const { colour } = context;
    const files = reports.map((report) => `${colour.bold(`==> ${printable(report.file)} <==`)}\n${reportText(report, context)}`);
    return `${files.join("\n")}\n${colour.bold(setSummary(checked, translator(checked[0].lang)))}\n`;
  },
};

function reportText(report: CheckReport, { colour, minGrade }: FormatContext): string {
  const t = translator(report.lang);
  const { groups, hidden } = listFindings(report, t, minGrade);
  const sections: string[][] = [];
  if (report.organization !== "")
    sections.push([colour.bold(t("format.header", { organization: printable(report.organization), file: printable(report.file), standard: report.standard, asOf: report.asOf }))]);
  sections.push([...verdictLines(report, t, colour), ...blockerLines(groups, report.findings.length, t, colour)]);
  for (const group of groups) sections.push([colour.bold(printable(group.heading)), ...groupLines(group.findings, report.file, t, colour)]);
  const hiddenNote = hiddenLine(hidden, t);
  if (hiddenNote !== undefined) sections.push([colour.dim(hiddenNote)]);
  if (report.scores.length > 0) sections.push(scoreLines(report.scores, report.overall, t));
  if (report.gapAssessment) sections.push(gapAssessmentLines(report.gapAssessment, t));
  if (report.fixed !== undefined && report.fixed.length > 0)
    sections.push([colour.green(t("format.fixed.heading", { count: report.fixed.length })), ...groupLines(report.fixed.map((finding) => ({ finding })), report.file, t, colour)]);
  return sections.map((lines) => lines.join("\n")).join("\n\n") + "\n";
}

/** The verdict, the counts, the reasons the counts do not say (uncovered requirements), the earliest day to apply and what waivers did. */
function verdictLines(report: CheckReport, t: Translate, colour: ChalkInstance): string[] {
  const { verdict } = report;
  const lines = verdict.status === "ready" ? [colour.green.bold(t("format.verdict.ready"))] : [colour.red.bold(t("format.verdict.notReady"))];
  lines.push(...countLines(report, t, colour));
  // Unmet prerequisites are the blockers below; majors and invalid input are counted.
  const counted = new Set([...report.findings.filter((f) => f.category === "prerequisite").map((f) => f.ruleId), "major-nonconformities", "invalid-input"]);
  for (const reason of verdict.reasons) if (!counted.has(reason.ruleId)) lines.push(`  ${printable(reason.message, "line-feeds")}  ${colour.dim(`(${printable(reason.ruleId)})`)}`);
  if (verdict.earliestApplication !== undefined) lines.push(`  ${printable(verdict.earliestApplication, "line-feeds")}`);
  lines.push(...waiverLines(report, t, colour));
  return lines;
}

function countLines(report: CheckReport, t: Translate, colour: ChalkInstance): string[] {
  const lines: string[] = [];
  const { invalid, prerequisites, nonconformities } = byCategory(report.findings);
  if (report.findings.length === 0) lines.push(colour.green(t("format.summary.none")));
  if (invalid.length > 0) lines.push(colour.bold(t("format.summary.invalid", { count: invalid.length })));
  if (prerequisites.length > 0) lines.push(colour.bold(t("format.summary.prerequisites", { count: prerequisites.length })));
  if (nonconformities.length > 0) {
    const count = (severity: Severity) => nonconformities.filter((f) => f.severity === severity).length;
    lines.push(t("format.summary.findings", { total: nonconformities.length, major: count("major"), minor: count("minor"), observation: count("observation") }));
  }
  return lines.map((line) => `  ${line}`);
}

function waiverLines(report: CheckReport, t: Translate, colour: ChalkInstance): string[] {
  const lines: string[] = [];
  if (report.suppressed.length > 0) lines.push(t("format.summary.suppressed", { count: report.suppressed.length }));
  for (const waiver of report.waivers) {
    if (waiver.state === "expired") lines.push(colour.yellow(t("format.waiver.expired", { id: printable(waiver.id), expires: printable(waiver.expires) })));
  }
  return lines.map((line) => `  ${line}`);
}

/** The first invalid inputs, unmet prerequisites and majors, in list order, one line each. */
function blockerLines(groups: FindingGroup[], findings: number, t: Translate, colour: ChalkInstance): string[] {
  // Blockers weigh as majors, so --min-grade never hides them: they are all in the groups.
  const blockers = groups.flatMap((g) => g.findings.map((l) => l.finding)).filter((f) => listedGrade(f) === "major");
  const top = blockers.slice(0, TOP_BLOCKERS);
  // When the overview would be every finding there is (an invalid file's one problem), the list alone says it.
  if (top.length === 0 || top.length === findings) return [];
  const width = labelWidth(top, t);
  const lines = [colour.bold(t("format.blockers.heading"))];
  for (const finding of top) {
    const firstLine = printable(finding.message.split(/\r?\n/)[0]);
    lines.push(`  ${label(finding, width, t, colour)}  ${gradeStyle(finding, colour).message(truncate(firstLine, BLOCKER_COLUMNS))}`);
  }
  if (blockers.length > top.length) lines.push(colour.dim(`  ${t("format.blockers.more", { count: blockers.length - top.length })}`));
  return lines;
}

/** Findings, each followed by the remedy and how-to-record note it is the last to need; continuation lines align with the message. */
function groupLines(findings: ListedFinding[], file: string, t: Translate, colour: ChalkInstance): string[] {
  const width = labelWidth(findings.map((l) => l.finding), t);
  const indent = " ".repeat(2 + width + 2);
  // Line feeds of the wording are laid out here; any other control in the text is shown escaped.
  const continued = (text: string) => printable(text, "line-feeds").replace(/\n/g, `\n${indent}`);
  const lines: string[] = [];
  for (const { finding, remedy, howToRecord } of findings) {
    const marker = finding.baseline === "new" ? `  ${colour.bold(`[${t("format.baseline.new")}]`)}` : "";
    const message = gradeStyle(finding, colour).message(continued(finding.message));
    lines.push(`  ${label(finding, width, t, colour)}  ${message}  ${colour.dim(`(${printable(finding.ruleId)})  ${location(finding, file)}`)}${marker}`);
    if (remedy !== undefined) {
      const shared = remedy.sharedBy > 1 ? `  ${t("format.remedy.shared", { count: remedy.sharedBy, rule: ruleName(finding.ruleId) })}` : "";
      lines.push(colour.dim(`${indent}${continued(remedy.text)}${shared}`));
    }
    if (howToRecord !== undefined) lines.push(colour.dim(`${indent}${continued(t("format.howToRecord", { howToRecord }))}`));
  }
  return lines;
}

/** Majors (and what weighs as much) in bold red, minors in yellow, observations dimmed. */
function gradeStyle(finding: Finding, colour: ChalkInstance): { label: (s: string) => string; message: (s: string) => string } {
  const grade = listedGrade(finding);
  if (grade === "major") return { label: colour.red.bold, message: colour.bold };
  if (grade === "minor") return { label: colour.yellow, message: (s) => s };
  return { label: colour.dim, message: colour.dim };
}

/** The grade, padded by terminal columns (Chinese grades take two a character) so that messages line up. */
function label(finding: Finding, width: number, t: Translate, colour: ChalkInstance): string {
  const grade = t(gradeKey(finding));
  return gradeStyle(finding, colour).label(grade) + " ".repeat(width - columns(grade));
}

function labelWidth(findings: Finding[], t: Translate): number {
  return Math.max(0, ...findings.map((f) => columns(t(gradeKey(f)))));
}

/** At most `max` terminal columns, with an ellipsis when cut. */
function truncate(text: string, max: number): string {
  if (columns(text) <= max) return text;
  let cut = "";
  let width = 0;
  for (const char of text) {
    width += columns(char);
    if (width > max - 1) break;
    cut += char;
  }
  return `${cut.trimEnd()}…`;
}

/** "7 minor nonconformities, 24 observations not shown; …", or nothing when --min-grade hid nothing. */
function hiddenLine(hidden: Record<Severity, number>, t: Translate): string | undefined {
  const parts = (["minor", "observation"] as const).filter((grade) => hidden[grade] > 0).map((grade) => t(`format.hidden.${grade}`, { count: hidden[grade] }));
  if (parts.length === 0) return undefined;
  return t("format.hidden", { hidden: parts.join(t("list.separator")), flag: "--min-grade observation" });
}

/** file:line:col, as far as known; findings without a file are about the SMS file. A file's name is one line. */
function location(finding: Finding, file: string): string {
  const where = printable(finding.file ?? file);
  if (finding.line === undefined) return where;
  return finding.column === undefined ? `${where}:${finding.line}` : `${where}:${finding.line}:${finding.column}`;
}

/** Clause, percentage and satisfied/applicable; the title last so that wide (CJK) titles cannot break the columns. */
function scoreLines(scores: ClauseScore[], overall: Score, t: Translate): string[] {
  const clauseWidth = Math.max(...scores.map((s) => 2 * s.depth + s.clause.length));
  const fraction = (s: Score) => `${s.satisfied}/${s.applicable}${s.weak > 0 ? t("format.scores.weak", { count: s.weak }) : ""}`;
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

/** The consultant's ratings counted per clause, and where the remediation plan stands. */
function gapAssessmentLines(gap: GapAssessmentReport, t: Translate): string[] {
  const shown: Conformity[] = ["conforming", "inconsistent", "initial", "not-addressed", "not-applicable", "not-assessed"];
  const lines = [t("format.gap.heading", { assessor: printable(gap.assessor), date: gap.date, file: printable(gap.file) })];
  const width = Math.max(...gap.byClause.map((c) => c.clause.length));
  for (const clause of gap.byClause) {
    const counts = shown.filter((status) => clause.counts[status] > 0).map((status) => `${clause.counts[status]} ${t(`conformity.${status}`)}`);
    lines.push(`  ${clause.clause.padEnd(width)}  ${counts.join(t("list.separator"))}  ${printable(clause.title)}`);
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


/** A rule as the terminal names it: its id in English, where people type it; its title in Chinese prose. */
function ruleName(ruleId: string) {
  return localized((t, lang) => (lang === "en" ? ruleId : t(`rule.${ruleId}.title`)));
}
