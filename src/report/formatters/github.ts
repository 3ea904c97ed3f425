// GitHub Actions workflow commands: the verdict first, then one annotation per finding, most serious
// first, so that what GitHub shows within its per-step limit is what matters.
import { translator, type Translate } from "../../i18n/translate.js";
import { CATEGORIES, compareSeverity, type Severity } from "../../model/finding.js";
import { printable } from "../../model/printable.js";
import type { CheckFinding, CheckReport } from "../model.js";
import type { SourcePath } from "./source-path.js";
import type { CheckFormatter } from "./types.js";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = { major: "error", minor: "warning", observation: "notice" };

/** GitHub shows at most this many annotations of each level per step; the rest stay in the log. */
export const ANNOTATIONS_PER_LEVEL = 10;

export const github: CheckFormatter<CheckReport> = {
  name: "github",
  extension: ".txt",
  render: (report, { sourcePath }) => commands([report], sourcePath, false),
  renderMany: (reports, { sourcePath }) => commands(reports, sourcePath, true),
};

/** With several files, each verdict is placed on its file, and the most serious findings of all files come first. */
function commands(reports: CheckReport[], sourcePath: SourcePath, placeVerdicts: boolean): string {
  const t = translator(reports[0].lang);
  const verdicts = reports.map((report) => ({ level: report.verdict.status === "ready" ? ("notice" as const) : ("error" as const), report }));
  const lines = verdicts.map(({ level, report }) => {
    const file = placeVerdicts ? ` file=${escapeProperty(printable(sourcePath(report.file)))}` : "";
    return `::${level}${file}::${escapeData(verdictSummary(report, t))}`;
  });
  // Invalid input and prerequisites, then majors, minors, observations; file order within each.
  const ordered = reports
    .flatMap((report) => report.findings.map((finding) => ({ finding, report })))
    .sort((a, b) => CATEGORIES.indexOf(a.finding.category) - CATEGORIES.indexOf(b.finding.category) || compareSeverity(a.finding.severity, b.finding.severity));
  const shown = { error: 0, warning: 0, notice: 0 };
  for (const { level } of verdicts) shown[level]++;
  for (const { finding } of ordered) shown[COMMAND[finding.severity]]++;
  const hidden = Object.values(shown).reduce((n, count) => n + Math.max(count - ANNOTATIONS_PER_LEVEL, 0), 0);
  if (hidden > 0) lines.push(`::notice::${escapeData(t("format.github.overflow", { count: hidden, limit: ANNOTATIONS_PER_LEVEL }))}`);
  lines.push(...ordered.map(({ finding, report }) => annotation(finding, sourcePath(finding.file ?? report.file), t)));
  return lines.join("\n") + "\n";
}

function verdictSummary(report: CheckReport, t: Translate): string {
  const { overall, verdict } = report;
  const verdictText = t(verdict.status === "ready" ? "format.verdict.ready" : "format.verdict.notReady");
  return report.valid
    ? t("format.github.summary", {
        verdict: verdictText,
        percent: overall.ratio === null ? "-" : `${Math.floor(overall.ratio * 100)}%`,
        satisfied: overall.satisfied,
        applicable: overall.applicable,
      })
    : t("format.github.summaryInvalid", { verdict: verdictText });
}

/**
 * `file` is from the source root: GitHub places an annotation only on a path of the repository. The log
 * shows the text as a terminal would, so it is made printable before the workflow command's own escaping.
 */
function annotation(finding: CheckFinding, file: string, t: Translate): string {
  const title =
    finding.category === "prerequisite"
      ? t("format.github.titlePrerequisite", { ruleId: finding.ruleId })
      : finding.clause === undefined
        ? t("format.github.titleNoClause", { ruleId: finding.ruleId })
        : t("format.github.title", { ruleId: finding.ruleId, clause: finding.clause });
  const properties: [string, string | number | undefined][] = [
    ["file", printable(file)],
    ["line", finding.line],
    ["col", finding.column],
    ["title", printable(title)],
  ];
  const props = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  const text = printable(finding.remedy === undefined ? finding.message : `${finding.message}\n${finding.remedy}`, "line-feeds");
  return `::${COMMAND[finding.severity]} ${props}::${escapeData(text)}`;
}

/** Escapes a command's message as @actions/core does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a command's property value as @actions/core does. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
