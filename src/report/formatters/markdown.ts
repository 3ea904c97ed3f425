// A Markdown summary of `check` for a pull-request comment: verdict, scores, findings.
import { translator, type Translate } from "../../i18n/translate.js";
import { CATEGORIES, compareSeverity, gradeKey } from "../../model/finding.js";
import { printable } from "../../model/printable.js";
import type { CheckReport, Score } from "../model.js";
import { escapeMarkdown as inline } from "../render/escape.js";
import type { SourcePath } from "./source-path.js";
import type { Formatter } from "./types.js";

/** More rows make a comment nobody reads, and GitHub caps comments at 65536 characters. */
export const MAX_FINDING_ROWS = 50;

export const markdown: Formatter<CheckReport> = {
  name: "markdown",
  extension: ".md",
  render(report, { sourcePath }) {
    const t = translator(report.lang);
    const { verdict } = report;
    const blocks: string[] = [];
    blocks.push(`## ${t(verdict.status === "ready" ? "format.markdown.verdict.ready" : "format.markdown.verdict.notReady")}`);
    const header = t("format.header", {
      organization: inline(report.organization),
      file: code(sourcePath(report.file)),
      standard: report.standard,
      asOf: report.asOf,
    });
    blocks.push(report.organization === "" ? header.replace(/^ · /, "") : header);
    if (verdict.reasons.length > 0) blocks.push(verdict.reasons.map((r) => `- ${inline(r.message)} (${code(r.ruleId)})`).join("\n"));
    if (verdict.earliestApplication !== undefined) blocks.push(inline(verdict.earliestApplication));
    if (report.scores.length > 0) blocks.push(`### ${t("format.scores.heading")}`, scoreTable(report, t));
    blocks.push(`### ${t("format.markdown.findings", { count: report.findings.length })}`, findingsTable(report, sourcePath, t));
    const notes: string[] = [];
    if (report.suppressed.length > 0) notes.push(t("format.summary.suppressed", { count: report.suppressed.length }));
    for (const waiver of report.waivers) {
      if (waiver.state === "expired") notes.push(t("format.waiver.expired", { id: inline(waiver.id), expires: waiver.expires }));
    }
    if (report.fixed !== undefined && report.fixed.length > 0) notes.push(t("format.fixed.count", { count: report.fixed.length }));
    if (notes.length > 0) blocks.push(notes.map((note) => `- ${note}`).join("\n"));
    return blocks.join("\n\n") + "\n";
  },
};

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

function findingsTable(report: CheckReport, sourcePath: SourcePath, t: Translate): string {
  if (report.findings.length === 0) return t("format.summary.none");
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const lines = [
    row([t("format.column.grade"), t("format.column.clause"), t("format.column.location"), t("format.column.message"), t("format.column.rule")]),
    "| --- | --- | --- | --- | --- |",
  ];
  // Most serious first, so that what the row limit cuts is the least of it.
  const ordered = [...report.findings].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || compareSeverity(a.severity, b.severity));
  for (const f of ordered.slice(0, MAX_FINDING_ROWS)) {
    const grade = t(gradeKey(f)) + (f.baseline === "new" ? ` [${t("format.baseline.new")}]` : "");
    const file = sourcePath(f.file ?? report.file);
    const where = f.line === undefined ? file : `${file}:${f.line}`;
    lines.push(row([grade, f.clause ?? "-", code(where), inline(f.message), code(f.ruleId)]));
  }
  const more = report.findings.length - MAX_FINDING_ROWS;
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
