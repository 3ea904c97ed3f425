import { Chalk } from "chalk";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { junit } from "../../src/report/formatters/junit.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";


const plain = { colour: new Chalk({ level: 0 }) };

interface Failure {
  "@_message": string;
  "@_type": string;
  "#text": string;
}
interface TestCase {
  "@_classname": string;
  "@_name": string;
  failure?: Failure[];
  skipped?: unknown[];
}
interface TestSuite {
  "@_name": string;
  "@_tests": string;
  "@_failures": string;
  "@_skipped": string;
  testcase?: TestCase[];
}
interface Parsed {
  testsuites: { "@_name": string; "@_tests": string; "@_failures": string; "@_skipped": string; testsuite: TestSuite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => ["testsuite", "testcase", "failure", "skipped"].includes(name),
});

describe("junit", () => {
  const output = junit.render(notReadyReport, plain);
  const parsed = parser.parse(output) as Parsed;
  const suites = parsed.testsuites.testsuite;
  const cases = (suite: TestSuite) => suite.testcase ?? [];
  const failures = (c: TestCase) => c.failure ?? [];
  const testCase = (name: string) => suites.flatMap(cases).find((c) => c["@_name"] === name)!;

  it("renders the fixture to its golden file", async () => {
    await expect(output).toMatchFileSnapshot("./__golden__/junit.xml");
  });

  it("is the registry's junit format and deterministic", async () => {
    expect(await checkFormatters.junit()).toBe(junit);
    expect(junit.render(notReadyReport, plain)).toBe(output);
  });

  it("is well-formed XML with the declaration on the first line", () => {
    expect(output.split("\n")[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(output.split("\n")[1]).toBe('<testsuites name="iso20k" tests="12" failures="10" skipped="1">');
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
    const zh = parser.parse(junit.render(withGeneral, plain)) as Parsed;
    expect(zh.testsuites.testsuite.map((s) => s["@_name"]).at(-1)).toBe("通用");
    expect(zh.testsuites.testsuite[0]["@_name"]).toBe("申请条件（认证机构的受理条件）");
    expect(zh.testsuites.testsuite[1]["@_name"]).toBe("条款 4 Context of the organization");
  });

  it("counts tests, failures and skipped tests as the elements there are", () => {
    for (const suite of suites) {
      expect(Number(suite["@_tests"]), suite["@_name"]).toBe(cases(suite).length);
      expect(Number(suite["@_failures"]), suite["@_name"]).toBe(cases(suite).flatMap(failures).length);
      expect(Number(suite["@_skipped"]), suite["@_name"]).toBe(cases(suite).filter((c) => c.skipped !== undefined).length);
    }
    const all = suites.flatMap(cases);
    expect(Number(parsed.testsuites["@_tests"])).toBe(all.length);
    expect(Number(parsed.testsuites["@_failures"])).toBe(all.flatMap(failures).length);
    expect(all.flatMap(failures)).toHaveLength(notReadyReport.findings.length);
    expect(Number(parsed.testsuites["@_skipped"])).toBe(1);
  });

  it("has a test case per requirement in the suite of its first clause, with a failure per finding", () => {
    const clause8 = suites[5];
    expect(cases(clause8).map((c) => c["@_name"])).toEqual([
      "service-level-agreements: Service level agreements",
      "internal-agreements: Agreements with internal suppliers",
      "change-management-policy: Change management policy",
      "release-policy: Release policy",
      "service-continuity-plan: Service continuity plan",
    ]);
    expect(cases(clause8).every((c) => c["@_classname"] === "iso20k.clause-8")).toBe(true);
    // Both findings on the continuity plan, though the owner finding's own clause is 7.5.3.
    const continuity = failures(testCase("service-continuity-plan: Service continuity plan"));
    expect(continuity.map((f) => f["@_type"])).toEqual(["minor", "major"]);
    expect(continuity[0]["@_message"]).toBe('Document HB-15 "Backup | Restore Runbook" names no owner');
    expect(suites[4].testcase!.map((c) => c["@_name"])).toEqual(["competence-records: Evidence of competence"]);
    expect(continuity[1]["@_message"]).toBe('Document HB-15 "Backup | Restore Runbook" is a draft; a draft does not satisfy service-continuity-plan');
    expect(continuity[1]["#text"]).toBe(
      'policies/sms.yaml:108:13 (document-not-approved)\nDocument HB-15 "Backup | Restore Runbook" is a draft; a draft does not satisfy service-continuity-plan\nHave the owner approve HB-15 and record its approval date.',
    );
    // Waived: the test case passes.
    expect(failures(testCase("change-management-policy: Change management policy"))).toHaveLength(0);
  });

  it("skips requirements that do not apply", () => {
    const skipped = suites.flatMap(cases).filter((c) => c.skipped !== undefined);
    expect(skipped.map((c) => c["@_name"])).toEqual(["internal-agreements: Agreements with internal suppliers"]);
    expect(output).toContain('<testcase classname="iso20k.clause-8" name="internal-agreements: Agreements with internal suppliers">\n      <skipped/>\n');
  });

  it("puts unmet prerequisites under their rule in the first suite, other findings without a requirement under their rule, and those without a clause in General", () => {
    const prerequisites = suites[0];
    expect(cases(prerequisites).map((c) => [c["@_classname"], c["@_name"]])).toEqual([
      ["iso20k.prerequisites", "rule internal-audit-not-done"],
      ["iso20k.prerequisites", "rule penalty-within-year"],
    ]);
    expect(failures(testCase("rule internal-audit-not-done")).map((f) => f["@_message"])).toEqual([
      "No internal audit has been completed yet; the first is planned for 2027-01-20",
    ]);
    // Clause 9 keeps its requirement, no longer the audit prerequisite.
    expect(cases(suites[6]).map((c) => c["@_name"])).toEqual(["internal-audit-results: Internal audit results"]);
    const loose = { ...notReadyReport.findings[8], requirementId: undefined };
    const bare = { ...notReadyReport.findings[0], clause: undefined, requirementId: undefined };
    const other = parser.parse(junit.render({ ...notReadyReport, findings: [loose, bare] }, plain)) as Parsed;
    const names = other.testsuites.testsuite.map((s) => [s["@_name"], cases(s).map((c) => [c["@_classname"], c["@_name"]])] as const);
    expect(names.find(([name]) => name === "Clause 10 Improvement")![1]).toContainEqual(["iso20k.clause-10", "rule nonconformity-overdue"]);
    expect(names.at(-1)).toEqual(["General", [["iso20k.general", "rule scope-statement-incomplete"]]]);
    expect(names.map(([name]) => name)).not.toContain("Application prerequisites (the certification body's conditions)");
    expect(junit.render(readyReport, plain)).not.toContain("General");
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

  it("puts every finding in General when the file is not valid", () => {
    const invalid = parser.parse(junit.render(invalidReport, plain)) as Parsed;
    expect(invalid.testsuites.testsuite.map((s) => s["@_name"])).toEqual(["General"]);
    expect(invalid.testsuites.testsuite[0].testcase!.map((c) => c["@_name"])).toEqual(["rule schema"]);
    expect(invalid.testsuites["@_failures"]).toBe("1");
  });
});
