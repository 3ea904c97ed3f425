import { readFileSync } from "node:fs";
import { Chalk } from "chalk";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { junit } from "../../src/report/formatters/junit.js";
import { asGiven } from "../../src/report/formatters/source-path.js";
import type { CheckReport } from "../../src/report/model.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";

const plain = { colour: new Chalk({ level: 0 }), sourcePath: asGiven };
// The Jenkins xunit plugin's JUnit schema, vendored so the test reads nothing outside the repository (see test/vendor/NOTICE.md).
const XSD = readFileSync(new URL("../vendor/junit-10.xsd", import.meta.url), "utf8");

/** The schema's complaints about a document, one line each; none when it is valid. */
async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "junit.xml", contents: xml }], schema: [{ fileName: "junit-10.xsd", contents: XSD }] });
  return result.errors.map((e) => e.message);
}

interface Failure {
  "@_message": string;
  "@_type": string;
  "#text": string;
}
interface TestCase {
  "@_classname": string;
  "@_name": string;
  failure?: Failure[];
  skipped?: { "@_message": string }[];
}
interface TestSuite {
  "@_name": string;
  "@_tests": string;
  "@_failures": string;
  "@_errors": string;
  "@_skipped": string;
  testcase?: TestCase[];
}
interface Parsed {
  testsuites: Record<string, string> & { testsuite: TestSuite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => ["testsuite", "testcase", "failure", "skipped"].includes(name),
});

function parse(report: CheckReport, context = plain) {
  const parsed = parser.parse(junit.render(report, context)) as Parsed;
  const suites = parsed.testsuites.testsuite;
  const testCase = (name: string) => suites.flatMap((s) => s.testcase ?? []).find((c) => c["@_name"] === name)!;
  return { parsed, suites, testCase };
}

describe("junit", () => {
  const output = junit.render(notReadyReport, plain);
  const { parsed, suites, testCase } = parse(notReadyReport);
  const cases = (suite: TestSuite) => suite.testcase ?? [];
  const failures = (c: TestCase) => c.failure ?? [];

  it("renders the fixture to its golden file", async () => {
    await expect(output).toMatchFileSnapshot("./__golden__/junit.xml");
  });

  it("is the registry's junit format and deterministic", async () => {
    expect(await checkFormatters.junit()).toBe(junit);
    expect(junit.render(notReadyReport, plain)).toBe(output);
  });

  it("is valid against the Jenkins xunit plugin's junit-10.xsd, ready, not ready, invalid or in Chinese", async () => {
    expect(await xsdErrors(output)).toEqual([]);
    expect(await xsdErrors(junit.render(readyReport, plain))).toEqual([]);
    expect(await xsdErrors(junit.render(invalidReport, plain))).toEqual([]);
    expect(await xsdErrors(junit.render({ ...notReadyReport, lang: "zh-CN" }, plain))).toEqual([]);
    // The validator does catch what the schema forbids: a skipped count on <testsuites>, no errors on a suite.
    expect(await xsdErrors(output.replace('<testsuites name="iso20k"', '<testsuites skipped="1" name="iso20k"'))).not.toEqual([]);
    expect(await xsdErrors(output.replace(/ errors="0" skipped=/, " skipped="))).not.toEqual([]);
  });

  it("is well-formed XML with the declaration on the first line and counts failed test cases, not findings", () => {
    expect(output.split("\n")[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    // 12 cases: 10 requirements and 2 prerequisites; 9 of them fail, with 10 findings between them.
    expect(output.split("\n")[1]).toBe('<testsuites name="iso20k" tests="12" failures="9" errors="0">');
    expect(notReadyReport.findings).toHaveLength(10);
    expect(XMLValidator.validate(output)).toBe(true);
    expect(output.endsWith("</testsuites>\n")).toBe(true);
  });

  it("has a suite of application prerequisites first, then a suite per clause 4 to 10, then General", () => {
    expect(suites.map((s) => s["@_name"])).toEqual([
      "Application prerequisites (the certification body's conditions)",
      "Clause 4 Context of the organization",
      "Clause 5 Leadership",
      "Clause 6 Planning",
      "Clause 7 Support of the service management system",
      "Clause 8 Operation of the service management system",
      "Clause 9 Performance evaluation",
      "Clause 10 Improvement",
    ]);
    // General only when a finding has neither a clause nor a requirement nor is a prerequisite.
    const withGeneral = { ...notReadyReport, lang: "zh-CN" as const, findings: [...notReadyReport.findings, { ...notReadyReport.findings[0], clause: undefined, requirementId: undefined }] };
    const zh = parse(withGeneral).suites;
    expect(zh.map((s) => s["@_name"]).at(-1)).toBe("通用");
    expect(zh[0]["@_name"]).toBe("申请条件（认证机构的受理条件）");
    expect(zh[1]["@_name"]).toBe("条款 4 Context of the organization");
  });

  it("counts on each suite its test cases, failed cases, skipped cases and no errors", () => {
    expect(suites.map((s) => [s["@_tests"], s["@_failures"], s["@_errors"], s["@_skipped"]])).toEqual([
      ["2", "2", "0", "0"],
      ["1", "1", "0", "0"],
      ["0", "0", "0", "0"],
      ["1", "1", "0", "0"],
      ["1", "1", "0", "0"],
      ["5", "3", "0", "1"],
      ["1", "0", "0", "0"],
      ["1", "1", "0", "0"],
    ]);
    for (const suite of suites) {
      expect(Number(suite["@_tests"]), suite["@_name"]).toBe(cases(suite).length);
      expect(Number(suite["@_failures"]), suite["@_name"]).toBe(cases(suite).filter((c) => failures(c).length > 0).length);
      expect(Number(suite["@_skipped"]), suite["@_name"]).toBe(cases(suite).filter((c) => c.skipped !== undefined).length);
    }
    expect(Object.keys(parsed.testsuites).filter((key) => key.startsWith("@_"))).toEqual(["@_name", "@_tests", "@_failures", "@_errors"]);
  });

  it("gives a test case at most one failure", () => {
    expect(suites.flatMap(cases).map((c) => failures(c).length).filter((n) => n > 1)).toEqual([]);
    expect(output.match(/<failure /g)).toHaveLength(9);
  });

  it("has a test case per requirement in the suite of its first clause", () => {
    const clause8 = suites[5];
    expect(cases(clause8).map((c) => c["@_name"])).toEqual([
      "service-level-agreements: Service level agreements",
      "internal-agreements: Agreements with internal suppliers",
      "change-management-policy: Change management policy",
      "release-policy: Release policy",
      "service-continuity-plan: Service continuity plan",
    ]);
    expect(cases(clause8).every((c) => c["@_classname"] === "iso20k.clause-8")).toBe(true);
    expect(suites[4].testcase!.map((c) => c["@_name"])).toEqual(["competence-records: Evidence of competence"]);
    // Waived: the test case passes.
    expect(failures(testCase("change-management-policy: Change management policy"))).toHaveLength(0);
  });

  it("sums up several findings against one requirement in one failure: the most serious, and how many more; all in the body", () => {
    // Both findings on the continuity plan, though the owner finding's own clause is 7.5.3; the major leads.
    expect(failures(testCase("service-continuity-plan: Service continuity plan"))).toEqual([
      {
        "@_message": 'Document HB-15 "Backup | Restore Runbook" is a draft; a draft does not satisfy service-continuity-plan (and 1 more)',
        "@_type": "major",
        "#text":
          'policies/sms.yaml:108:13 (document-not-approved)\nDocument HB-15 "Backup | Restore Runbook" is a draft; a draft does not satisfy service-continuity-plan\nHave the owner approve HB-15 and record its approval date.\n\n' +
          'policies/sms.yaml:105:5 (document-owner-missing)\nDocument HB-15 "Backup | Restore Runbook" names no owner\nName the role that owns HB-15.',
      },
    ]);
    const zh = parse({ ...notReadyReport, lang: "zh-CN" }).testCase("service-continuity-plan: Service continuity plan");
    expect(failures(zh)[0]["@_message"]).toBe('Document HB-15 "Backup | Restore Runbook" is a draft; a draft does not satisfy service-continuity-plan（另有 1 项）');
    // A single finding is the message as it is.
    expect(failures(testCase("competence-records: Evidence of competence"))).toEqual([
      {
        "@_message": "No record satisfies competence-records (Evidence of competence)",
        "@_type": "major",
        "#text": "policies/sms.yaml:118:1 (required-record-missing)\nNo record satisfies competence-records (Evidence of competence)\nAdd a register of training and qualification records with satisfies: [competence-records].",
      },
    ]);
  });

  it("names files by the context's source path, with forward slashes", () => {
    const fromRoot = (file: string) => `repo/${asGiven(file)}`;
    const [failure] = failures(parse(notReadyReport, { ...plain, sourcePath: fromRoot }).testCase("sms-scope: Scope of the SMS"));
    expect(failure["#text"].split("\n")[0]).toBe("repo/policies/sms.yaml:24:14 (scope-statement-incomplete)");
    const windows = { ...notReadyReport, findings: notReadyReport.findings.map((f) => ({ ...f, file: ".\\policies\\sms.yaml" })) };
    expect(failures(parse(windows).testCase("sms-scope: Scope of the SMS"))[0]["#text"].split("\n")[0]).toBe("policies/sms.yaml:24:14 (scope-statement-incomplete)");
  });

  it("skips requirements that do not apply, saying why", () => {
    const skipped = suites.flatMap(cases).filter((c) => c.skipped !== undefined);
    expect(skipped.map((c) => c["@_name"])).toEqual(["internal-agreements: Agreements with internal suppliers"]);
    expect(output).toContain(
      '<testcase classname="iso20k.clause-8" name="internal-agreements: Agreements with internal suppliers">\n      <skipped message="does not apply to this SMS"/>\n',
    );
  });

  it("puts unmet prerequisites under their rule in the first suite, other findings without a requirement under their rule, and those without a clause in General", () => {
    const prerequisites = suites[0];
    expect(cases(prerequisites).map((c) => [c["@_classname"], c["@_name"]])).toEqual([
      ["iso20k.prerequisites", "rule internal-audit-not-done"],
      ["iso20k.prerequisites", "rule penalty-within-year"],
    ]);
    expect(failures(testCase("rule internal-audit-not-done")).map((f) => [f["@_type"], f["@_message"]])).toEqual([
      ["prerequisite", "No internal audit has been completed yet; the first is planned for 2027-01-20"],
    ]);
    // Clause 9 keeps its requirement, no longer the audit prerequisite.
    expect(cases(suites[6]).map((c) => c["@_name"])).toEqual(["internal-audit-results: Internal audit results"]);
    const loose = { ...notReadyReport.findings[8], requirementId: undefined };
    const bare = { ...notReadyReport.findings[0], clause: undefined, requirementId: undefined };
    const other = parse({ ...notReadyReport, findings: [loose, bare] }).suites;
    const names = other.map((s) => [s["@_name"], cases(s).map((c) => [c["@_classname"], c["@_name"]])] as const);
    expect(names.find(([name]) => name === "Clause 10 Improvement")![1]).toContainEqual(["iso20k.clause-10", "rule nonconformity-overdue"]);
    expect(names.at(-1)).toEqual(["General", [["iso20k.general", "rule scope-statement-incomplete"]]]);
    expect(names.map(([name]) => name)).not.toContain("Application prerequisites (the certification body's conditions)");
    expect(junit.render(readyReport, plain)).not.toContain("General");
  });

  it("gives a rule with several findings one failure too", () => {
    const penalty = notReadyReport.findings[9];
    const twice = { ...notReadyReport, findings: [penalty, { ...penalty, line: 19, pointer: "/organization/penalties/1/date" }] };
    const [failure] = failures(parse(twice).testCase("rule penalty-within-year"));
    expect(failure["@_message"]).toBe("An administrative penalty dated 2026-05-10 lies within the year before 2026-11-21 (and 1 more)");
    expect(failure["#text"].split("\n\n").map((block) => block.split("\n")[0])).toEqual([
      "policies/sms.yaml:17:15 (penalty-within-year)",
      "policies/sms.yaml:19:15 (penalty-within-year)",
    ]);
  });

  it("keeps markup in messages as text", () => {
    const [failure] = failures(testCase("release-policy: Release policy"));
    expect(failure["@_message"]).toContain(`"Release notes <script>alert('x')</script>"`);
    expect(failure["#text"]).toContain(`"Release notes <script>alert('x')</script>"`);
    expect(output).not.toContain("<script>");
  });

  it("folds a multi-line message into the attribute and keeps it whole in the body", () => {
    const [failure] = failures(testCase("nonconformity-records: Nonconformities and corrective actions"));
    expect(failure["@_message"]).toBe("Nonconformity NC-2026-01 was due on 2026-11-10 and is still open: Restore tests have not been run for two customers.");
    expect(failure["#text"]).toContain("is still open:\nRestore tests");
  });

  it("writes an attribute whose value is \"true\" as a value, not as a bare boolean attribute", () => {
    const odd = { ...invalidReport, findings: [{ ...invalidReport.findings[0], message: "true" }] };
    const xml = junit.render(odd, plain);
    expect(xml).toContain('<failure message="true" type="invalid">');
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("puts every finding in General when the file is not valid", async () => {
    const xml = junit.render(invalidReport, plain);
    expect(xml.split("\n").slice(0, 5)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="iso20k" tests="1" failures="1" errors="0">',
      '  <testsuite name="General" tests="1" failures="1" errors="0" skipped="0">',
      '    <testcase classname="iso20k.general" name="rule schema">',
      '      <failure message="documents[1] is missing required property &quot;title&quot;" type="invalid">sms.yaml:19:5 (schema)',
    ]);
  });

  it("has a test case per requirement and no failure when ready", () => {
    const ready = junit.render(readyReport, plain);
    expect(ready.split("\n")[1]).toBe('<testsuites name="iso20k" tests="2" failures="0" errors="0">');
    expect(ready).not.toContain("<failure");
  });
});
