import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { codequality } from "../../src/report/formatters/codequality.js";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { sarif } from "../../src/report/formatters/sarif.js";
import { asGiven } from "../../src/report/formatters/source-path.js";
import type { CheckReport } from "../../src/report/model.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";

const plain = { colour: new Chalk({ level: 0 }), sourcePath: asGiven };
// GitLab's documented Code Quality fields as a schema, kept with the tests (see test/vendor/NOTICE.md).
const schema = JSON.parse(readFileSync(new URL("../vendor/gitlab-codequality.schema.json", import.meta.url), "utf8"));
const validateIssues = new Ajv2020.default({ strict: true, allErrors: true }).compile(schema);

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

function render(report: CheckReport, context = plain): Issue[] {
  return JSON.parse(codequality.render(report, context));
}

function schemaErrors(issues: unknown) {
  validateIssues(issues);
  return (validateIssues.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

describe("codequality", () => {
  const output = codequality.render(notReadyReport, plain);
  const issues: Issue[] = JSON.parse(output);

  it("renders the fixture to its golden file", async () => {
    await expect(output).toMatchFileSnapshot("./__golden__/codequality.json");
  });

  it("is the registry's codequality format, a .json file, and deterministic", async () => {
    expect(await checkFormatters.codequality()).toBe(codequality);
    expect([codequality.name, codequality.extension]).toEqual(["codequality", ".json"]);
    expect(codequality.render(notReadyReport, plain)).toBe(output);
  });

  it("is valid against the fields GitLab documents, ready, not ready or invalid", () => {
    expect(schemaErrors(issues)).toEqual([]);
    expect(schemaErrors(render(invalidReport))).toEqual([]);
    expect(codequality.render(readyReport, plain)).toBe("[]\n");
    // The validator does catch what GitLab would not read.
    expect(schemaErrors([{ ...issues[0], severity: "high" }])).toEqual(["/0/severity enum"]);
    expect(schemaErrors([{ ...issues[0], location: { path: "./policies/sms.yaml", lines: { begin: 24 } } }])).toEqual(["/0/location/path pattern"]);
    expect(schemaErrors([{ ...issues[0], location: { path: "policies/sms.yaml" } }])).toContain("/0/location required");
    expect(schemaErrors([{ ...issues[0], check_name: undefined }])).toEqual(["/0 required"]);
  });

  it("is a JSON array without a byte order mark, indented, ending with a newline", () => {
    expect(output.startsWith("[\n  {\n    \"description\"")).toBe(true);
    expect(output.endsWith("]\n")).toBe(true);
  });

  it("has an issue per finding, in report order, and none for waived findings", () => {
    expect(issues).toHaveLength(notReadyReport.findings.length);
    expect(issues.map((i) => i.check_name)).toEqual(notReadyReport.findings.map((f) => f.ruleId));
    expect(issues.map((i) => i.check_name)).not.toContain("document-review-overdue");
    expect(issues[0]).toEqual({
      description: "The scope statement names no site, but the SMS runs at Shanghai head office and Suzhou data centre",
      check_name: "scope-statement-incomplete",
      fingerprint: issues[0].fingerprint,
      severity: "info",
      location: { path: "policies/sms.yaml", lines: { begin: 24 } },
    });
  });

  it("ranks prerequisites and invalid input as blockers, majors as critical, minors as minor and observations as info", () => {
    expect(notReadyReport.findings.map((f, i) => [f.category, f.severity, issues[i].severity])).toEqual([
      ["nonconformity", "observation", "info"],
      ["nonconformity", "major", "critical"],
      ["nonconformity", "major", "critical"],
      ["nonconformity", "minor", "minor"],
      ["nonconformity", "minor", "minor"],
      ["nonconformity", "minor", "minor"],
      ["nonconformity", "major", "critical"],
      ["prerequisite", "major", "blocker"],
      ["nonconformity", "minor", "minor"],
      ["prerequisite", "major", "blocker"],
    ]);
    expect(render(invalidReport)[0].severity).toBe("blocker");
  });

  it("fingerprints as SARIF does: unique, and the same whatever the line or the spelling of the path", () => {
    const prints = issues.map((i) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    const sarifPrints = JSON.parse(sarif.render(notReadyReport, plain)).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints["iso20k/v1"]);
    expect(prints).toEqual(sarifPrints.slice(0, prints.length));
    const respelled = (file: string) => ({ ...notReadyReport, findings: notReadyReport.findings.map((f) => ({ ...f, file, line: f.line! + 3 })) });
    for (const file of ["./policies/sms.yaml", ".\\policies\\sms.yaml", "policies\\sms.yaml"])
      expect(render(respelled(file)).map((i) => i.fingerprint), file).toEqual(prints);
    // Two schema problems on one object are two issues, not one.
    const schemaProblem = invalidReport.findings[0];
    const twice = render({ ...invalidReport, findings: [schemaProblem, { ...schemaProblem, messageId: "schema.type", message: "documents[1] must be a mapping" }] });
    expect(twice[0].fingerprint).not.toBe(twice[1].fingerprint);
  });

  it("places an issue at the path from the source root, and on line 1 when the finding has no line", () => {
    const fromRoot = (file: string) => `repo/${asGiven(file)}`;
    expect(render(notReadyReport, { ...plain, sourcePath: fromRoot }).map((i) => i.location.path)).toEqual(Array(10).fill("repo/policies/sms.yaml"));
    const { line: _, column: __, file: ___, ...unplaced } = invalidReport.findings[0];
    expect(render({ ...invalidReport, file: "sub\\sms.yaml", findings: [unplaced] })[0].location).toEqual({ path: "sub/sms.yaml", lines: { begin: 1 } });
  });
});
