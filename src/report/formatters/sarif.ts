// SARIF 2.1.0 for code scanning: one run, the rules that ran, a result per finding (waived ones suppressed).
import { createHash } from "node:crypto";
import { translator } from "../../i18n/translate.js";
import type { Finding, Severity } from "../../model/finding.js";
import type { CheckFinding, CheckReport, RuleInfo } from "../model.js";
import type { Formatter } from "./types.js";

type Level = "error" | "warning" | "note";

const LEVEL: Record<Severity, Level> = { major: "error", minor: "warning", observation: "note" };
/** GitHub code scanning reads `problem.severity` to rank alerts. */
const PROBLEM_SEVERITY: Record<Severity, string> = { major: "error", minor: "warning", observation: "recommendation" };

export const sarif: Formatter<CheckReport> = {
  name: "sarif",
  extension: ".sarif",
  render(report) {
    return JSON.stringify(toSarifLog(report), null, 2) + "\n";
  },
};

/** The SARIF log of one check: no timestamps and no paths other than those given. */
export function toSarifLog(report: CheckReport) {
  const t = translator(report.lang);
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const results = [
    ...report.findings.map((finding) => toResult(finding, report, ruleIndex)),
    ...report.suppressed.map((finding) => ({
      ...toResult(finding, report, ruleIndex),
      suppressions: [{ kind: "external", justification: t("format.sarif.waiver", { id: finding.waiver }) }],
    })),
  ];
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "iso20k",
            version: report.tool.version,
            informationUri: "https://github.com/iso20k/iso20k",
            rules: report.rules.map(toRuleDescriptor),
          },
        },
        // Positions come from the YAML parser, which counts UTF-16 code units.
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

function toRuleDescriptor(rule: RuleInfo) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: rule.remedy },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ["iso20000", rule.blocking ? "application-prerequisite" : "nonconformity", ...new Set(rule.clauses.map((clause) => `clause-${clause}`))],
      "problem.severity": PROBLEM_SEVERITY[rule.severity],
    },
  };
}

function toResult(finding: CheckFinding, report: CheckReport, ruleIndex: Map<string, number>) {
  const file = finding.file ?? report.file;
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
    partialFingerprints: { "iso20k/v1": fingerprint(finding, file) },
    ...(finding.baseline === undefined ? {} : { baselineState: finding.baseline }),
    ...(Object.keys(properties).length === 0 ? {} : { properties }),
  };
}

/** A relative path as given, with forward slashes, against the checkout root. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, "/");
  if (/^(\/|[A-Za-z]:\/)/.test(path)) {
    // An absolute path given on the command line cannot be made relative without the working folder.
    return { uri: `file://${path.startsWith("/") ? "" : "/"}${path.split("/").map(encodeSegment).join("/")}` };
  }
  return { uri: path.replace(/^\.\//, "").split("/").map(encodeSegment).join("/"), uriBaseId: "%SRCROOT%" };
}

/** Percent-encodes what a URI path segment may not hold; a Windows drive letter keeps its colon. */
function encodeSegment(segment: string): string {
  return /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment);
}

/** Stable across runs and machines: the same rule, requirement, place and file give the same 16 hex digits. */
export function fingerprint(finding: Finding, file: string): string {
  const parts = [finding.ruleId, finding.requirementId ?? "", finding.pointer ?? "", file.replace(/\\/g, "/")];
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

/** "required-document-missing" -> "RequiredDocumentMissing". */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
}
