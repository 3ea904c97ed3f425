import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { Chalk } from "chalk";
import { asGiven } from "../../src/report/formatters/source-path.js";
import { describe, expect, it } from "vitest";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { fingerprint, fingerprints } from "../../src/report/formatters/fingerprint.js";
import { artifactLocation, RULES_PAGE, sarif } from "../../src/report/formatters/sarif.js";
import type { CheckReport } from "../../src/report/model.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";

const plain = { colour: new Chalk({ level: 0 }), sourcePath: asGiven };
// The OASIS SARIF 2.1.0 schema, vendored so the test reads nothing outside the repository (see test/vendor/NOTICE.md).
const schema = JSON.parse(readFileSync(new URL("../vendor/sarif-schema-2.1.0.json", import.meta.url), "utf8"));
const ajv = new Ajv.default({ allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(schema);

interface Result {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn?: number } } }[];
  partialFingerprints: Record<string, string>;
  baselineState?: string;
  suppressions?: { kind: string; justification: string }[];
  properties?: Record<string, string>;
}
interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; "problem.severity": string };
}

function render(report: CheckReport, context = plain) {
  const output = sarif.render(report, context);
  const log = JSON.parse(output);
  return { output, log, rules: log.runs[0].tool.driver.rules as Rule[], results: log.runs[0].results as Result[] };
}

function schemaErrors(log: unknown) {
  validateSarif(log);
  return validateSarif.errors ?? [];
}

describe("sarif", () => {
  const { output, log, rules, results } = render(notReadyReport);
  const LEVEL = { major: "error", minor: "warning", observation: "note" } as const;

  it("renders the fixture to its golden file", async () => {
    await expect(output).toMatchFileSnapshot("./__golden__/sarif.sarif");
  });

  it("is the registry's sarif format and deterministic", async () => {
    expect(await checkFormatters.sarif()).toBe(sarif);
    expect(sarif.render(notReadyReport, plain)).toBe(output);
  });

  it("is valid against the SARIF 2.1.0 schema", () => {
    expect(schemaErrors(log)).toEqual([]);
    expect(schemaErrors(render(readyReport).log)).toEqual([]);
    expect(schemaErrors(render({ ...notReadyReport, lang: "zh-CN" }).log)).toEqual([]);
    // The validator does catch a broken log.
    expect(schemaErrors({ ...log, version: "2.0.0" })).not.toEqual([]);
  });

  it("describes the tool and one rule per rule that ran", () => {
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect([driver.name, driver.version, driver.informationUri]).toEqual(["iso20k", "0.1.0", "https://github.com/iso20k/iso20k"]);
    expect(rules.map((r) => r.id)).toEqual(notReadyReport.rules.map((r) => r.id));
    expect(rules[0]).toEqual({
      id: "document-not-approved",
      name: "DocumentNotApproved",
      shortDescription: { text: "Document not approved" },
      fullDescription: { text: "A document that satisfies a mandatory requirement is a draft or still in review." },
      helpUri: "https://github.com/iso20k/iso20k/blob/main/docs/rules.md#document-not-approved",
      help: {
        text: "Have the owner approve the document and record the approval date.",
        markdown:
          "Have the owner approve the document and record the approval date.\n\n[More about document-not-approved](https://github.com/iso20k/iso20k/blob/main/docs/rules.md#document-not-approved)",
      },
      defaultConfiguration: { level: "error" },
      properties: { tags: ["iso20000", "nonconformity", "clause-7.5.3"], precision: "high", "problem.severity": "error" },
    });
    // A prerequisite rule is tagged as one and, having no clause, with no clause tag.
    const penalty = rules.find((r) => r.id === "penalty-within-year")!;
    expect(penalty.properties.tags).toEqual(["iso20000", "application-prerequisite"]);
    expect(rules.find((r) => r.id === "internal-audit-not-done")!.properties.tags).toEqual(["iso20000", "application-prerequisite"]);
    expect(rules.find((r) => r.id === "scope-statement-incomplete")!.defaultConfiguration.level).toBe("note");
  });

  it("has a result per finding, then per suppressed finding, each pointing at its rule", () => {
    expect(results).toHaveLength(notReadyReport.findings.length + notReadyReport.suppressed.length);
    for (const result of results) expect(rules[result.ruleIndex!].id).toBe(result.ruleId);
    expect(results.map((r) => r.ruleId)).toEqual([...notReadyReport.findings, ...notReadyReport.suppressed].map((f) => f.ruleId));
  });

  it("maps grades to levels and positions to regions", () => {
    notReadyReport.findings.forEach((finding, i) => {
      const result = results[i];
      expect(result.level).toBe(LEVEL[finding.severity]);
      expect(result.message.text).toBe(finding.message);
      expect(result.locations[0].physicalLocation).toEqual({
        artifactLocation: { uri: "policies/sms.yaml", uriBaseId: "%SRCROOT%" },
        region: { startLine: finding.line, startColumn: finding.column },
      });
    });
    expect(results.filter((r) => r.level === "error")).toHaveLength(5);
    expect(results.filter((r) => r.level === "note")).toHaveLength(1);
  });

  it("carries category, clause, requirement and baseline state", () => {
    expect(results[6].properties).toEqual({ category: "nonconformity", clause: "8.7.2", requirementId: "service-continuity-plan", baseline: "new" });
    expect(results[6].baselineState).toBe("new");
    expect(results[1].baselineState).toBe("unchanged");
    expect(results[5].baselineState).toBeUndefined();
    expect(results[9].properties).toEqual({ category: "prerequisite", baseline: "unchanged" }); // the penalty: no clause or requirement
    expect(results[7].properties).toEqual({ category: "prerequisite", baseline: "unchanged" }); // the audit prerequisite: no clause either
    const { baseline: _, ...bare } = notReadyReport.findings[9];
    expect(render({ ...notReadyReport, findings: [bare] }).results[0].properties).toEqual({ category: "prerequisite" });
    expect(render(invalidReport).results[0].properties).toEqual({ category: "invalid" });
    expect(results.filter((r) => r.baselineState === "new")).toHaveLength(4);
  });

  it("marks waived findings as suppressed by their waiver", () => {
    const waived = results.at(-1)!;
    expect(waived.ruleId).toBe("document-review-overdue");
    expect(waived.suppressions).toEqual([{ kind: "external", justification: "waiver W-01" }]);
    expect(results.slice(0, -1).every((r) => r.suppressions === undefined)).toBe(true);
  });

  it("fingerprints a finding by rule, requirement, pointer and file, not by its line", () => {
    const prints = results.map((r) => r.partialFingerprints["iso20k/v1"]);
    expect(prints.every((p) => /^[0-9a-f]{16}$/.test(p))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);
    const moved = { ...notReadyReport, findings: notReadyReport.findings.map((f) => ({ ...f, line: f.line! + 10 })) };
    expect(render(moved).results.map((r) => r.partialFingerprints["iso20k/v1"])).toEqual(prints);
    const finding = notReadyReport.findings[0];
    expect(fingerprint(finding, "policies\\sms.yaml")).toBe(fingerprint(finding, "policies/sms.yaml"));
    for (const spelling of ["./policies/sms.yaml", ".\\policies\\sms.yaml", "policies//sms.yaml", "policies/drafts/../sms.yaml"])
      expect(fingerprint(finding, spelling), spelling).toBe(fingerprint(finding, "policies/sms.yaml"));
    expect(fingerprint(finding, "./sms.yaml")).toBe(fingerprint(finding, "sms.yaml"));
    expect(fingerprint(finding, "sub\\sms.yaml")).toBe(fingerprint(finding, "sub/sms.yaml"));
    expect(fingerprint(finding, "other/sms.yaml")).not.toBe(fingerprint(finding, "policies/sms.yaml"));
    expect(fingerprint({ ...finding, pointer: "/scope" }, "policies/sms.yaml")).not.toBe(fingerprint(finding, "policies/sms.yaml"));
  });

  it("writes relative paths with forward slashes and no timestamps", () => {
    const windows = render({ ...notReadyReport, file: "policies\\sms.yaml", findings: notReadyReport.findings.map((f) => ({ ...f, file: "policies\\sms.yaml" })) });
    expect(windows.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "policies/sms.yaml", uriBaseId: "%SRCROOT%" });
    expect(artifactLocation("./docs/服务 目录.yaml")).toEqual({ uri: "docs/%E6%9C%8D%E5%8A%A1%20%E7%9B%AE%E5%BD%95.yaml", uriBaseId: "%SRCROOT%" });
    expect(schemaErrors(render({ ...notReadyReport, findings: [{ ...notReadyReport.findings[0], file: "docs/服务 目录.yaml" }] }).log)).toEqual([]);
    expect(output).not.toMatch(/file:\/\/|\/work\/|\d{4}-\d\d-\d\dT\d\d/);
  });

  it("leaves out the index of a rule that is not in the report's rules", () => {
    const { log: schemaLog, results: schemaResults } = render(invalidReport);
    expect(schemaResults[0].ruleIndex).toBeUndefined();
    expect(schemaResults[0].level).toBe("error");
    expect(schemaErrors(schemaLog)).toEqual([]);
  });
  it("links every rule to its own heading of the rules page, with its remedy as Markdown, in the report's language", () => {
    expect(rules.map((r) => r.helpUri)).toEqual(notReadyReport.rules.map((r) => `${RULES_PAGE}#${r.id}`));
    expect(new Set(rules.map((r) => r.helpUri)).size).toBe(rules.length);
    // Markup in a remedy is shown, not rendered.
    const markup = { ...notReadyReport, rules: [{ ...notReadyReport.rules[0], remedy: "Approve <b>it</b> | now" }] };
    expect(render(markup).rules[0].help.markdown).toBe(
      "Approve &lt;b&gt;it&lt;/b&gt; \\| now\n\n[More about document-not-approved](https://github.com/iso20k/iso20k/blob/main/docs/rules.md#document-not-approved)",
    );
    expect(render({ ...notReadyReport, lang: "zh-CN" }).rules[0].help.markdown).toMatch(/\n\n\[关于 document-not-approved 的说明\]\(https:/);
  });

  it("rates every rule's precision high, except a systemic gap, which is a judgement: medium", () => {
    expect(new Set(rules.map((r) => r.properties.precision))).toEqual(new Set(["high"]));
    const systemic = { ...notReadyReport.rules[0], id: "systemic-gap" };
    expect(render({ ...notReadyReport, rules: [systemic] }).rules[0].properties.precision).toBe("medium");
  });

  it("gives a repeated rule, requirement, place and file a fingerprint of its own", () => {
    const schema = invalidReport.findings[0];
    const twice = { ...invalidReport, findings: [schema, { ...schema, messageId: "schema.additionalProperties", message: "documents[1] has an unknown property" }] };
    const prints = render(twice).results.map((r) => r.partialFingerprints["iso20k/v1"]);
    expect(prints[0]).toBe(fingerprint(schema, "sms.yaml"));
    expect(prints[1]).not.toBe(prints[0]);
    expect(prints[1]).toMatch(/^[0-9a-f]{16}$/);
    // The first of each keeps the fingerprint it has alone, so a repeat appearing does not churn it.
    expect(fingerprints([schema], () => "sms.yaml")).toEqual([prints[0]]);
  });

  it("names files by the context's source path: relative to %SRCROOT%, or a file URI outside the root", () => {
    const fromRoot = (file: string) => `repo/${file}`;
    const rooted = render(notReadyReport, { ...plain, sourcePath: fromRoot });
    expect(rooted.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "repo/policies/sms.yaml", uriBaseId: "%SRCROOT%" });
    expect(rooted.results[0].partialFingerprints["iso20k/v1"]).toBe(fingerprint(notReadyReport.findings[0], "repo/policies/sms.yaml"));
    const outside = render(notReadyReport, { ...plain, sourcePath: () => "/home/chen/sms 2.yaml" });
    expect(outside.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "file:///home/chen/sms%202.yaml" });
    expect(schemaErrors(outside.log)).toEqual([]);
    expect(artifactLocation("C:/Users/chen/sms.yaml")).toEqual({ uri: "file:///C:/Users/chen/sms.yaml" });
    expect(artifactLocation("//server/share/sms.yaml")).toEqual({ uri: "file://server/share/sms.yaml" });
  });
});
