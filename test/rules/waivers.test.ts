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
        refused: 0,
      },
    ]);
    expect(findingsOf(report, "waiver-not-acceptable")).toEqual([]);
  });

  it("a waiver expiring on the as-of day is still active", () => {
    const report = checkYaml(withWaivers(TWO_SITES, { id: "W-1", rule: "site-incomplete", expires: "2026-11-21" }), { asOf: "2026-11-21" });
    expect(findingsOf(report, "site-incomplete")).toEqual([]);
    expect(report.waivers.map((w) => [w.state, w.suppressed])).toEqual([["active", 2]]);
    expect(findingsOf(report, "waiver-expired")).toEqual([]);
  });

  it("a waiver naming a rule and a requirement suppresses only findings that match both", () => {
    const unwaived = findingsOf(checkYaml(MINIMAL), "recommended-document-missing");
    expect(unwaived.length).toBeGreaterThan(1);
    const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", rule: "recommended-document-missing", requirement: "context-issues", expires: "2027-06-30" }));
    expect(report.suppressed.map((f) => [f.ruleId, f.requirementId, f.severity, f.waiver])).toEqual([["recommended-document-missing", "context-issues", "observation", "W-1"]]);
    expect(findingsOf(report, "recommended-document-missing")).toEqual(unwaived.filter((f) => f.requirementId !== "context-issues"));
    expect(report.waivers[0]).toMatchObject({ suppressed: 1, refused: 0 });
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

  describe("majors and prerequisites cannot be waived", () => {
    // MINIMAL is 10 lines: `waivers:` is line 11 and the first waiver starts at line 12, column 5.
    const notAcceptable = (messageId: "major" | "prerequisite", pointer = "/waivers/0", line = 12) => ({
      messageId,
      severity: "minor",
      clause: "6.1",
      pointer,
      line,
      column: 5,
    });

    it("a waiver naming a prerequisite rule suppresses nothing and is itself a finding", () => {
      const unwaived = findingsOf(checkYaml(MINIMAL), "legal-entity-evidence-missing");
      const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", rule: "legal-entity-evidence-missing", expires: "2027-06-30" }));
      expect(unwaived).toHaveLength(1);
      expect(findingsOf(report, "legal-entity-evidence-missing")).toEqual(unwaived);
      expect(report.suppressed).toEqual([]);
      expect(report.waivers[0]).toMatchObject({ state: "active", suppressed: 0, refused: 1 });
      expect(findingsOf(report, "waiver-not-acceptable")).toEqual([notAcceptable("prerequisite")]);
      expect(report.verdict.status).toBe("not-ready");
      expect(report.verdict.reasons.map((r) => r.ruleId)).toContain("legal-entity-evidence-missing");
    });

    it("a waiver naming a major rule suppresses none of its findings and counts them as refused", () => {
      const unwaived = checkYaml(MINIMAL);
      const majors = findingsOf(unwaived, "required-document-missing");
      expect(majors.length).toBeGreaterThan(1);
      const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", rule: "required-document-missing", expires: "2027-06-30" }));
      expect(findingsOf(report, "required-document-missing")).toEqual(majors);
      expect(report.suppressed).toEqual([]);
      expect(report.waivers[0]).toMatchObject({ state: "active", suppressed: 0, refused: majors.length });
      expect(findingsOf(report, "waiver-not-acceptable")).toEqual([notAcceptable("major")]);
      expect(report.verdict.counts.majors).toBe(unwaived.verdict.counts.majors);
    });

    it("a waiver naming one major by rule and requirement refuses just that one", () => {
      const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", rule: "required-document-missing", requirement: "sms-scope", expires: "2027-06-30" }));
      expect(findingsOf(report, "required-document-missing").filter((f) => f.requirementId === "sms-scope")).toHaveLength(1);
      expect(report.suppressed).toEqual([]);
      expect(report.waivers[0]).toMatchObject({ suppressed: 0, refused: 1 });
      expect(findingsOf(report, "waiver-not-acceptable")).toEqual([notAcceptable("major")]);
    });

    it("a requirement waiver suppresses the minor about it and refuses the major", () => {
      // Two services, an approved SLA for one of them without evidence: minors and a major about service-level-agreements.
      const yaml = MINIMAL.replace("      name: Service desk\n", "      name: Service desk\n    - id: hosting\n      name: Hosting\n").replace(
        "documents: []\n",
        "documents:\n  - id: SLA-1\n    title: Desk SLA\n    satisfies: [service-level-agreements]\n    status: approved\n    services: [desk]\n",
      );
      const unwaived = checkYaml(yaml);
      expect(findingsOf(unwaived, "evidence-not-given").map((f) => [f.severity, f.requirementId])).toEqual([["minor", "service-level-agreements"]]);
      expect(findingsOf(unwaived, "service-sla-missing").map((f) => [f.severity, f.requirementId])).toEqual([["major", "service-level-agreements"]]);
      // With the second service, `documents:` is line 12 and the SLA lines 13-17; `waivers:` is line 18 and the waiver starts at line 19.
      const report = checkYaml(withWaivers(yaml, { id: "W-1", requirement: "service-level-agreements", expires: "2027-06-30" }));
      expect(findingsOf(unwaived, "document-control-incomplete").map((f) => [f.severity, f.requirementId])).toEqual([["minor", "service-level-agreements"]]);
      expect(report.suppressed.map((f) => [f.ruleId, f.severity, f.waiver])).toEqual([
        ["document-control-incomplete", "minor", "W-1"],
        ["evidence-not-given", "minor", "W-1"],
      ]);
      expect(findingsOf(report, "evidence-not-given")).toEqual([]);
      expect(findingsOf(report, "service-sla-missing")).toEqual(findingsOf(unwaived, "service-sla-missing"));
      expect(report.waivers[0]).toMatchObject({ suppressed: 2, refused: 1 });
      expect(findingsOf(report, "waiver-not-acceptable")).toEqual([notAcceptable("major", "/waivers/0", 19)]);
    });

    it("a requirement waiver does not reach a prerequisite about that requirement", () => {
      const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", requirement: "internal-audit-results", expires: "2027-06-30" }));
      expect(findingsOf(report, "internal-audit-missing")).toHaveLength(1);
      expect(report.suppressed).toEqual([]);
      expect(report.waivers[0]).toMatchObject({ suppressed: 0, refused: 1 });
      expect(findingsOf(report, "waiver-not-acceptable")).toEqual([notAcceptable("prerequisite")]);
    });

    it("each refusing waiver is reported at its own place, and says why", () => {
      const report = checkYaml(
        withWaivers(
          MINIMAL,
          { id: "W-1", rule: "site-incomplete", expires: "2027-06-30" },
          { id: "W-2", rule: "required-document-missing", requirement: "sms-scope", expires: "2027-06-30" },
          { id: "W-3", rule: "legal-entity-evidence-missing", expires: "2027-06-30" },
        ),
      );
      // W-1 takes lines 12-16 (five lines), W-2 lines 17-22 (six, with its requirement); W-3 starts at line 23.
      expect(findingsOf(report, "waiver-not-acceptable")).toEqual([notAcceptable("major", "/waivers/1", 17), notAcceptable("prerequisite", "/waivers/2", 23)]);
      expect(report.waivers.map((w) => [w.id, w.suppressed, w.refused])).toEqual([
        ["W-1", 1, 0],
        ["W-2", 0, 1],
        ["W-3", 0, 1],
      ]);
      const messages = report.findings.filter((f) => f.ruleId === "waiver-not-acceptable").map((f) => f.message);
      expect(messages).toEqual([
        "waiver W-2 names 1 major nonconformity, which no waiver can accept; it stands",
        "waiver W-3 names 1 finding, including an application prerequisite, which no waiver can accept; it stands",
      ]);
      expect(report.findings.find((f) => f.ruleId === "waiver-not-acceptable")?.category).toBe("nonconformity");
    });

    it("an expired waiver naming a major refuses nothing: it is only expired", () => {
      const report = checkYaml(withWaivers(MINIMAL, { id: "W-1", rule: "required-document-missing", expires: "2026-11-20" }));
      expect(report.waivers[0]).toMatchObject({ state: "expired", suppressed: 0, refused: 0 });
      expect(findingsOf(report, "waiver-not-acceptable")).toEqual([]);
      expect(findingsOf(report, "waiver-expired")).toHaveLength(1);
    });
  });
});
