// A Markdown summary of `check` for a pull-request comment: verdict, scores, findings (per file, after a
// table of verdicts, when several files are checked).
import { translator, type Translate } from "../../i18n/translate.js";
import { CATEGORIES, compareSeverity, gradeKey } from "../../model/finding.js";
import { printable } from "../../model/printable.js";
import type { CheckReport, Score } from "../model.js";
import { escapeMarkdown as inline } from "../render/escape.js";
import type { SourcePath } from "./source-path.js";
import { fileVerdict, setSummary } from "./check-set.js";
import type { CheckFormatter } from "./types.js";

/** More rows make a comment nobody reads, and GitHub caps comments at 65536 characters. */
export const MAX_FINDING_ROWS = 50;
/** With many files, each still shows its most serious findings. */
const MIN_ROWS_PER_FILE = 5;

export const markdown: CheckFormatter<CheckReport> = {
  name: "markdown",
  extension: ".md",
  render: (report, { sourcePath }) => summaryOf(report, sourcePath, translator(report.lang), { heading: "##", rows: MAX_FINDING_ROWS }).join("\n\n") + "\n",
  // A table of the files' verdicts first; then each file's summary, a level lower, with its share of the rows.
  renderMany(reports, { sourcePath }, checked = reports) {
    const t = translator(checked[0].lang);
    const rows = Math.max(MIN_ROWS_PER_FILE, Math.floor(MAX_FINDING_ROWS / reports.length));
    const blocks = [`## ${inline(setSummary(checked, t))}`, verdictTable(reports, sourcePath, t)];
    for (const report of reports) blocks.push(...summaryOf(report, sourcePath, t, { heading: "###", rows }));
    return blocks.join("\n\n") + "\n";
  },
};

/** The verdict, scores and findings of one file, under headings of the given level. */
function summaryOf(report: CheckReport, sourcePath: SourcePath, t: Translate, { heading, rows }: { heading: string; rows: number }): string[] {
  const { verdict } = report;
  const blocks: string[] = [];
  const verdictText = t(verdict.status === "ready" ? "format.markdown.verdict.ready" : "format.markdown.verdict.notReady");
  blocks.push(heading === "##" ? `## ${verdictText}` : `${heading} ${code(sourcePath(report.file))}: ${verdictText}`);
  const header = t("format.header", {
    organization: inline(report.organization),
    file: code(sourcePath(report.file)),
    standard: report.standard,
    asOf: report.asOf,
  });
  blocks.push(report.organization === "" ? header.replace(/^ · /, "") : header);
  if (verdict.reasons.length > 0) blocks.push(verdict.reasons.map((r) => `- ${inline(r.message)} (${code(r.ruleId)})`).join("\n"));
  if (verdict.earliestApplication !== undefined) blocks.push(inline(verdict.earliestApplication));
  if (report.scores.length > 0) blocks.push(`${heading}# ${t("format.scores.heading")}`, scoreTable(report, t));
  blocks.push(`${heading}# ${t("format.markdown.findings", { count: report.findings.length })}`, findingsTable(report, sourcePath, t, rows));
  const notes: string[] = [];
  if (report.suppressed.length > 0) notes.push(t("format.summary.suppressed", { count: report.suppressed.length }));
  for (const waiver of report.waivers) {
    if (waiver.state === "expired") notes.push(t("format.waiver.expired", { id: inline(waiver.id), expires: waiver.expires }));
  }
  if (report.fixed !== undefined && report.fixed.length > 0) notes.push(t("format.fixed.count", { count: report.fixed.length }));
  if (notes.length > 0) blocks.push(notes.map((note) => `- ${note}`).join("\n"));
  return blocks;
}

/** One row per file: its verdict and what stands in the way, counted as the verdict counts it. */
function verdictTable(reports: CheckReport[], sourcePath: SourcePath, t: Translate): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  const lines = [
    row([t("format.column.file"), t("format.column.organization"), t("format.column.verdict"), t("format.column.prerequisites"), t("format.column.majors"), t("format.column.minors")]),
    "| --- | --- | --- | ---: | ---: | ---: |",
  ];
  for (const report of reports) {
    const { counts } = report.verdict;
    const minors = report.findings.filter((f) => f.category === "nonconformity" && f.severity === "minor").length;
    lines.push(row([code(sourcePath(report.file)), inline(report.organization), t(`format.fileVerdict.${fileVerdict(report)}`), counts.prerequisites, counts.majors, minors]));
  }
  return lines.join("\n");
}

function scoreTable(report: CheckReport, t: Translate): string {
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  // The heading explains "weak" (shared with stylish), so the weakly claimed ones are shown as there.
  const fraction = (s: Score) => `${s.satisfied}/${s.applicable}${s.weak > 0 ? t("format.scores.weak", { count: s.weak }) : ""}`;
  return [
    row([t("format.column.clause"), t("format.column.title"), t("format.column.satisfied"), "%"]),
    "| --- | --- | ---: | ---: |",
    ...report.scores.map((s) => row([s.clause, inline(s.title), fraction(s), percent(s.ratio)])),
    row([`**${t("format.scores.overall")}**`, "", `**${fraction(report.overall)}**`, `**${percent(report.overall.ratio)}**`]),
  ].join("\n");
}

function findingsTable(report: CheckReport, sourcePath: SourcePath, t: Translate, maxRows: number): string {
  if (report.findings.length === 0) return t("format.summary.none");
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const lines = [
    row([t("format.column.grade"), t("format.column.clause"), t("format.column.location"), t("format.column.message"), t("format.column.rule")]),
    "| --- | --- | --- | --- | --- |",
  ];
  // Most serious first, so that what the row limit cuts is the least of it.
  const ordered = [...report.findings].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || compareSeverity(a.severity, b.severity));
  for (const f of ordered.slice(0, maxRows)) {
    const grade = t(gradeKey(f)) + (f.baseline === "new" ? ` [${t("format.baseline.new")}]` : "");
    const file = sourcePath(f.file ?? report.file);
    const where = f.line === undefined ? file : `${file}:${f.line}`;
    lines.push(row([grade, f.clause ?? "-", code(where), inline(f.message), code(f.ruleId)]));
  }
  const more = report.findings.length - maxRows;
  if (more > 0) lines.push("", t("format.markdown.more", { count: more }));
  return lines.join("\n");
}

/** Rounded down, so that 100% means every applicable requirement is satisfied. */
function percent(ratio: number | null): string {
  return ratio === null ? "-" : `${Math.floor(ratio * 100)}%`;
}

/**
 * A code span that survives a table cell: backslashes are literal in code, so only `|` is escaped; the
 * text is one printable line; the fence is longer than any run of backticks in it, so none closes it.
 */
function code(text: string): string {
  const body = printable(text).replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  return longestRun === 0 ? `${fence}${body}${fence}` : `${fence} ${body} ${fence}`;
}
