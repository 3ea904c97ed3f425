// SARIF 2.1.0 for code scanning: one run, the rules that ran, a result per finding (waived ones suppressed).
// Several files go in the same run: code scanning wants one run per tool and category.
import { translator, type Translate } from "../../i18n/translate.js";
import type { Finding, Severity } from "../../model/finding.js";
import { wellFormed } from "../../model/printable.js";
import type { CheckFinding, CheckReport, RuleInfo } from "../model.js";
import { escapeMarkdown } from "../render/escape.js";
import { fingerprints, normalisedPath } from "./fingerprint.js";
import { jsonText } from "./json-text.js";
import { mapStrings } from "./map-strings.js";
import type { SourcePath } from "./source-path.js";
import type { CheckFormatter } from "./types.js";

type Level = "error" | "warning" | "note";

const LEVEL: Record<Severity, Level> = { major: "error", minor: "warning", observation: "note" };
/** GitHub code scanning reads `problem.severity` to rank alerts. */
const PROBLEM_SEVERITY: Record<Severity, string> = { major: "error", minor: "warning", observation: "recommendation" };
/** One heading per rule id, so that `#<rule-id>` links to a rule; the page (docs/rules.md) is yet to be written. */
export const RULES_PAGE = "https://github.com/iso20k/iso20k/blob/main/docs/rules.md";

export const sarif: CheckFormatter<CheckReport> = {
  name: "sarif",
  extension: ".sarif",
  render: (report, { sourcePath }) => sarifText([report], sourcePath),
  renderMany: (reports, { sourcePath }) => sarifText(reports, sourcePath),
};

function sarifText(reports: CheckReport[], sourcePath: SourcePath): string {
  // JSON.stringify writes a lone surrogate as \ud800, which readers in other languages refuse.
  return jsonText(mapStrings(toSarifLog(reports, sourcePath), wellFormed));
}

/** The SARIF log of a check of one file or more: no timestamps, and paths from the source root. */
export function toSarifLog(reports: CheckReport[], sourcePath: SourcePath) {
  const t = translator(reports[0].lang);
  // Every valid file ran the same rules; an invalid one ran none.
  const rules = [...new Map(reports.flatMap((report) => report.rules).map((rule) => [rule.id, rule])).values()];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) => resultsOf(report, sourcePath, ruleIndex, t));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "iso20k",
            version: reports[0].tool.version,
            informationUri: "https://github.com/iso20k/iso20k",
            rules: rules.map((rule) => toRuleDescriptor(rule, t)),
          },
        },
        // Positions come from the YAML parser, which counts UTF-16 code units.
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

function resultsOf(report: CheckReport, sourcePath: SourcePath, ruleIndex: Map<string, number>, t: Translate) {
  const fileOf = (finding: Finding) => sourcePath(finding.file ?? report.file);
  const prints = fingerprints([...report.findings, ...report.suppressed], fileOf);
  return [
    ...report.findings.map((finding, i) => toResult(finding, fileOf(finding), prints[i], ruleIndex)),
    ...report.suppressed.map((finding, i) => ({
      ...toResult(finding, fileOf(finding), prints[report.findings.length + i], ruleIndex),
      suppressions: [{ kind: "external", justification: t("format.sarif.waiver", { id: finding.waiver }) }],
    })),
  ];
}

function toRuleDescriptor(rule: RuleInfo, t: Translate) {
  const helpUri = `${RULES_PAGE}#${rule.id}`;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    helpUri,
    help: { text: rule.remedy, markdown: `${escapeMarkdown(rule.remedy)}\n\n[${t("format.sarif.ruleDocs", { ruleId: rule.id })}](${helpUri})` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ["iso20000", rule.blocking ? "application-prerequisite" : "nonconformity", ...new Set(rule.clauses.map((clause) => `clause-${clause}`))],
      precision: precision(rule),
      "problem.severity": PROBLEM_SEVERITY[rule.severity],
    },
  };
}

/**
 * How rarely a rule is wrong about the file. Every rule reads what the file (or a file it names)
 * states, dates, statuses, ids, hashes, and compares it with the catalogue, so it is right whenever the
 * file is: "high". A systemic gap is a judgement drawn from a count of minors, which an auditor may
 * weigh otherwise: "medium". ("very-high" is left for checks of the standard's own text, which none is.)
 */
function precision(rule: RuleInfo): "high" | "medium" {
  return rule.id === "systemic-gap" ? "medium" : "high";
}

function toResult(finding: CheckFinding, file: string, print: string, ruleIndex: Map<string, number>) {
  const region =
    finding.line === undefined ? undefined : { startLine: finding.line, ...(finding.column === undefined ? {} : { startColumn: finding.column }) };
  const properties = {
    category: finding.category,
    ...(finding.clause === undefined ? {} : { clause: finding.clause }),
    ...(finding.requirementId === undefined ? {} : { requirementId: finding.requirementId }),
    ...(finding.baseline === undefined ? {} : { baseline: finding.baseline }),
  };
  return {
    ruleId: finding.ruleId,
    // A rule outside report.rules (say, "schema" when the file is invalid) gets no index rather than a wrong one.
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file), ...(region === undefined ? {} : { region }) } }],
    partialFingerprints: { "iso20k/v1": print },
    ...(finding.baseline === undefined ? {} : { baselineState: finding.baseline }),
    ...(Object.keys(properties).length === 0 ? {} : { properties }),
  };
}

/** A path from the source root as a URI against %SRCROOT%; a path outside it (absolute) as a file: URI. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  // encodeURIComponent throws on a lone surrogate.
  const path = normalisedPath(wellFormed(file));
  const encoded = path.split("/").map(encodeSegment).join("/");
  if (path.startsWith("//")) return { uri: `file:${encoded}` }; // a UNC path: file://server/share/...
  if (/^(\/|[A-Za-z]:\/)/.test(path)) return { uri: `file://${path.startsWith("/") ? "" : "/"}${encoded}` };
  return { uri: encoded, uriBaseId: "%SRCROOT%" };
}

/** Percent-encodes what a URI path segment may not hold; a Windows drive letter keeps its colon. */
function encodeSegment(segment: string): string {
  return /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment);
}

/** "required-document-missing" -> "RequiredDocumentMissing". */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
}
