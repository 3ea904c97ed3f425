import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

// Two sites that each lack something: two site-incomplete findings, at lines 4 and 5, column 7.
const TWO_SITES = MINIMAL.replace("  name: Test Org\n", "  name: Test Org\n  sites:\n    - name: Head office\n    - name: Data centre\n");

interface WaiverSpec {
  id: string;
  rule?: string;
  requirement?: string;
  expires: string;
}

const withWaivers = (yaml: string, ...waivers: WaiverSpec[]) =>
  `${yaml}waivers:\n` +
  waivers
    .map(
      (w) =>
        `  - id: ${w.id}\n` +
        (w.rule ? `    rule: ${w.rule}\n` : "") +
        (w.requirement ? `    requirement: ${w.requirement}\n` : "") +
        `    justification: Accepted for the first audit\n    approver: Quality manager\n    expires: ${w.expires}\n`,
    )
    .join("");

const ruleIds = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId);

// As-of is 2026-11-21 unless said otherwise.
describe("waivers", () => {
  it("an active waiver naming a rule suppresses all its findings and counts them", () => {
    const report = checkYaml(withWaivers(TWO_SITES, { id: "W-1", rule: "site-incomplete", expires: "2027-06-30" }));
    expect(findingsOf(report, "site-incomplete")).toEqual([]);
    expect(report.suppressed.map(({ ruleId, messageId, pointer, line, column, waiver }) => ({ ruleId, messageId, pointer, line, column, waiver }))).toEqual([
      { ruleId: "site-incomplete", messageId: "rule.site-incomplete.fields", pointer: "/organization/sites/0", line: 4, column: 7, waiver: "W-1" },
      { ruleId: "site-incomplete", messageId: "rule.site-incomplete.fields", pointer: "/organization/sites/1", line: 5, column: 7, waiver: "W-1" },
    ]);
    expect(report.suppressed[0].message).toBe("site Head office lacks address, headcount");
    expect(report.waivers).toEqual([
      {
        id: "W-1",
        rule: "site-incomplete",
        justification: "Accepted for the first audit",
        approver: "Quality manager",
        expires: "2027-06-30",
        state: "active",
        suppressed: 2,
      },
    ]);
  });

  it("a waiver expiring on the as-of day is still active", () => {
    const report = checkYaml(withWaivers(TWO_SITES, { id: "W-1", rule: "site-incomplete", expires: "2026-11-21" }), { asOf: "2026-11-21" });
    expect(findingsOf(report, "site-incomplete")).toEqual([]);
    expect(report.waivers.map((w) => [w.state, w.suppressed])).toEqual([["active", 2]]);
    expect(findingsOf(report, "waiver-expired")).toEqual([]);
  });

  it("a waiver naming a rule and a requirement suppresses only findings that match both", () => {
    const unwaived = findingsOf(checkYaml(MINIMAL), "required-document-missing");
    const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", rule: "required-document-missing", requirement: "sms-scope", expires: "2027-06-30" }));
    expect(report.suppressed.map((f) => [f.ruleId, f.requirementId, f.waiver])).toEqual([["required-document-missing", "sms-scope", "W-1"]]);
    expect(findingsOf(report, "required-document-missing")).toEqual(unwaived.filter((f) => f.requirementId !== "sms-scope"));
    expect(report.waivers[0].suppressed).toBe(1);
  });

  it("a waiver naming only a requirement suppresses every rule's findings about it", () => {
    const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", requirement: "context-issues", expires: "2027-06-30" }));
    expect(ruleIds(report.suppressed).sort()).toEqual(["climate-change-not-considered", "recommended-document-missing"]);
    expect(report.findings.filter((f) => f.requirementId === "context-issues")).toEqual([]);
    expect(report.waivers[0].suppressed).toBe(2);
  });

  it("a rule and requirement waiver leaves another rule's finding about that requirement", () => {
    const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", rule: "recommended-document-missing", requirement: "context-issues", expires: "2027-06-30" }));
    expect(ruleIds(report.suppressed)).toEqual(["recommended-document-missing"]);
    expect(findingsOf(report, "climate-change-not-considered")).toHaveLength(1);
  });

  it("an expired waiver suppresses nothing and is itself reported", () => {
    const report = checkYaml(withWaivers(TWO_SITES, { id: "W-1", rule: "site-incomplete", expires: "2026-11-20" }), { asOf: "2026-11-21" });
    expect(report.suppressed).toEqual([]);
    expect(findingsOf(report, "site-incomplete")).toHaveLength(2);
    expect(report.waivers.map((w) => [w.id, w.state, w.suppressed])).toEqual([["W-1", "expired", 0]]);
    // TWO_SITES is 13 lines; `waivers:` is line 14 and the waiver's `expires` line 19.
    expect(findingsOf(report, "waiver-expired")).toEqual([
      { messageId: "expired", severity: "minor", clause: "10.1", pointer: "/waivers/0/expires", line: 19, column: 14 },
    ]);
  });

  it("the first active waiver that matches takes the finding", () => {
    const report = checkYaml(
      withWaivers(
        TWO_SITES,
        { id: "W-old", rule: "site-incomplete", expires: "2026-01-31" },
        { id: "W-1", rule: "site-incomplete", expires: "2027-06-30" },
        { id: "W-2", rule: "site-incomplete", expires: "2027-12-31" },
      ),
    );
    expect(report.suppressed.map((f) => f.waiver)).toEqual(["W-1", "W-1"]);
    expect(report.waivers.map((w) => [w.id, w.state, w.suppressed])).toEqual([
      ["W-old", "expired", 0],
      ["W-1", "active", 2],
      ["W-2", "active", 0],
    ]);
  });

  it("a waiver cannot suppress a blocking finding", () => {
    const asOf = "2026-03-01";
    const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", rule: "sms-operation-too-short", expires: "2027-06-30" }), { asOf });
    expect(findingsOf(report, "sms-operation-too-short")).toEqual([
      { messageId: "tooShort", severity: "major", clause: "4.4", pointer: "/sms/startDate", line: 9, column: 14 },
    ]);
    expect(report.suppressed).toEqual([]);
    expect(report.waivers[0]).toMatchObject({ state: "active", suppressed: 0 });
    expect(report.verdict.status).toBe("not-ready");
    expect(report.verdict.reasons.map((r) => r.ruleId)).toContain("sms-operation-too-short");
  });

  it("a requirement waiver does not reach a blocking finding about that requirement", () => {
    const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", requirement: "internal-audit-results", expires: "2027-06-30" }));
    expect(findingsOf(report, "internal-audit-missing")).toHaveLength(1);
    expect(ruleIds(report.suppressed)).toEqual(["required-document-missing"]);
  });
});
