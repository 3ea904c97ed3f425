import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import { assess } from "../../src/engine/assess.js";
import { SmsIndex } from "../../src/engine/sms-index.js";
import { inspectEvidence } from "../../src/io/inspect-evidence.js";
import { buildCheckReport } from "../../src/report/build-check-report.js";
import { RULES } from "../../src/rules/index.js";
import { validateFile } from "../../src/validate/validate-file.js";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "evidence-missing";

// Lines 1-9 of MINIMAL, then `documents:` on line 10; the evidence value is at line 14, column 15.
const HEAD = MINIMAL.replace("documents: []\n", "");
const withEvidence = (path: string) => `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    evidence: ${path}
    status: approved
`;

/** A document of five lines; the n-th (from 0) of a list after HEAD starts at line 11 + 5n, its evidence at line 15 + 5n, column 15. */
const doc = (id: string, satisfies: string[], evidence: string, status = "approved") =>
  `  - id: ${id}\n    title: Document ${id}\n    satisfies: [${satisfies.join(", ")}]\n    status: ${status}\n    evidence: ${evidence}\n`;
const withDocuments = (...documents: string[]) => `${HEAD}documents:\n${documents.join("")}`;

/** A register of five lines; the n-th (from 0) starts at line 13 + 5n, its evidence at line 17 + 5n, column 17. */
const register = (id: string, satisfies: string[], evidence: string) =>
  `    - id: ${id}\n      title: Register ${id}\n      satisfies: [${satisfies.join(", ")}]\n      lastEntry: 2026-11-01\n      evidence: ${evidence}\n`;
const withRegisters = (...registers: string[]) => `${MINIMAL}records:\n  registers:\n${registers.join("")}`;

// Every place that can name evidence, in file order.
const everywhere = `organization:
  name: Test Org
  legalEntity:
    registrationId: "91310000MA1FL0000X"
    evidence: licence.pdf
  penalties:
    - date: 2020-01-01
      authority: Tax bureau
      description: Late filing
      evidence: penalty.pdf
scope:
  services:
    - id: desk
      name: Service desk
  businessCategories: ["06.04"]
sms:
  startDate: 2026-01-05
documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    evidence: policy.pdf
records:
  internalAudits:
    - id: IA-1
      date: 2026-06-01
      status: completed
      clauses: ["4", "5", "6", "7", "8", "9", "10"]
      evidence: audit.pdf
  managementReviews:
    - id: MR-1
      date: 2026-07-01
      status: completed
      evidence: review.pdf
  nonconformities:
    - id: NC-1
      description: Change records incomplete
      grade: minor
      raised: 2026-06-01
      evidence: nc.pdf
  registers:
    - id: LOG-1
      title: Incident log
      satisfies: [incident-records]
      evidence: incidents.xlsx
application:
  organizationChart: chart.pdf
`;

const finding = (messageId: string, pointer: string, line: number, column: number, severity = "major") => ({ messageId, severity, clause: "7.5.3", pointer, line, column });
const missing = (severity: string, pointer: string, line: number, column: number) => finding("missing", pointer, line, column, severity);

describe(RULE, () => {
  const cases: { name: string; yaml: string; files: Record<string, string>; findings: object[] }[] = [
    { name: "the file is there", yaml: withEvidence("docs/policy.pdf"), files: { "docs/policy.pdf": "x" }, findings: [] },
    { name: "no such file", yaml: withEvidence("docs/policy.pdf"), files: {}, findings: [finding("missing", "/documents/0/evidence", 14, 15)] },
    { name: "a folder, not a file", yaml: withEvidence("docs"), files: { "docs/policy.pdf": "x" }, findings: [finding("not-a-file", "/documents/0/evidence", 14, 15)] },
    { name: "a NUL byte in the path", yaml: withEvidence('"docs/policy\\0.pdf"'), files: { "docs/policy.pdf": "x" }, findings: [finding("invalid", "/documents/0/evidence", 14, 15)] },
    { name: "a path out of the root: left to evidence-outside-root", yaml: withEvidence("../../etc/passwd"), files: {}, findings: [] },
    {
      name: "every kind of evidence reference is checked",
      yaml: everywhere,
      files: {},
      // The legal entity, the audit and review and the application files are judged by the prerequisites and the dossier.
      // Findings come in severity order, then in file order.
      findings: [
        missing("major", "/documents/0/evidence", 22, 15),
        missing("major", "/records/registers/0/evidence", 45, 17),
        missing("minor", "/records/nonconformities/0/evidence", 40, 17),
        missing("observation", "/organization/penalties/0/evidence", 10, 17),
      ],
    },
    {
      name: "every kind of evidence reference, all present",
      yaml: everywhere,
      files: Object.fromEntries(["licence.pdf", "penalty.pdf", "policy.pdf", "audit.pdf", "review.pdf", "nc.pdf", "incidents.xlsx", "chart.pdf"].map((f) => [f, "x"])),
      findings: [],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files: c.files }), RULE)).toEqual(c.findings));

  describe("graded by what the file supports", () => {
    const files = { "docs/policy.pdf": "x", "logs/incidents.xlsx": "x" };
    const grading = [
      {
        name: "the only claim of a mandatory requirement: left uncovered, major",
        yaml: withDocuments(doc("POL-1", ["service-management-policy"], "docs/missing.pdf")),
        findings: [missing("major", "/documents/0/evidence", 15, 15)],
      },
      {
        name: "a mandatory requirement another document in force covers: minor",
        yaml: withDocuments(doc("POL-1", ["service-management-policy"], "docs/missing.pdf"), doc("POL-2", ["service-management-policy"], "docs/policy.pdf")),
        findings: [missing("minor", "/documents/0/evidence", 15, 15)],
      },
      {
        name: "another claim that is only a draft does not cover it: major",
        yaml: withDocuments(doc("POL-1", ["service-management-policy"], "docs/missing.pdf"), doc("POL-2", ["service-management-policy"], "docs/policy.pdf", "draft")),
        findings: [missing("major", "/documents/0/evidence", 15, 15)],
      },
      {
        name: "one of two mandatory requirements left uncovered: major",
        yaml: withDocuments(
          doc("POL-1", ["service-management-policy", "service-management-plan"], "docs/missing.pdf"),
          doc("POL-2", ["service-management-policy"], "docs/policy.pdf"),
        ),
        findings: [missing("major", "/documents/0/evidence", 15, 15)],
      },
      {
        name: "both mandatory requirements covered otherwise: minor",
        yaml: withDocuments(
          doc("POL-1", ["service-management-policy", "service-management-plan"], "docs/missing.pdf"),
          doc("POL-2", ["service-management-policy", "service-management-plan"], "docs/policy.pdf"),
        ),
        findings: [missing("minor", "/documents/0/evidence", 15, 15)],
      },
      {
        name: "only a recommended requirement: observation",
        yaml: withDocuments(doc("CTX-1", ["context-issues"], "docs/missing.pdf")),
        findings: [missing("observation", "/documents/0/evidence", 15, 15)],
      },
      {
        name: "a recommended requirement beside a mandatory one covered otherwise: minor",
        yaml: withDocuments(doc("POL-1", ["service-management-policy", "context-issues"], "docs/missing.pdf"), doc("POL-2", ["service-management-policy"], "docs/policy.pdf")),
        findings: [missing("minor", "/documents/0/evidence", 15, 15)],
      },
      {
        name: "a register that is the only claim of a mandatory record: major",
        yaml: withRegisters(register("LOG-1", ["incident-records"], "logs/missing.xlsx")),
        findings: [missing("major", "/records/registers/0/evidence", 17, 17)],
      },
      {
        name: "a register whose mandatory record another register covers: minor",
        yaml: withRegisters(register("LOG-1", ["incident-records"], "logs/missing.xlsx"), register("LOG-2", ["incident-records"], "logs/incidents.xlsx")),
        findings: [missing("minor", "/records/registers/0/evidence", 17, 17)],
      },
      {
        name: "a register of a recommended record only: observation",
        yaml: withRegisters(register("KB-1", ["knowledge-base"], "logs/missing.xlsx")),
        findings: [missing("observation", "/records/registers/0/evidence", 17, 17)],
      },
    ];
    for (const c of grading) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files }), RULE)).toEqual(c.findings));

    it("a folder in place of the only claim's file is graded the same way", () => {
      const yaml = withDocuments(doc("POL-1", ["service-management-policy"], "docs"), doc("CTX-1", ["context-issues"], "docs"));
      expect(findingsOf(checkYaml(yaml, { files }), RULE)).toEqual([
        finding("not-a-file", "/documents/0/evidence", 15, 15, "major"),
        finding("not-a-file", "/documents/1/evidence", 20, 15, "observation"),
      ]);
    });
  });

  describe("files the prerequisites and the dossier judge are not reported", () => {
    const cases = [
      { name: "the licence copy", yaml: MINIMAL.replace("  name: Test Org\n", '  name: Test Org\n  legalEntity:\n    registrationId: "91310000MA1FL0000X"\n    evidence: licence.pdf\n') },
      { name: "an internal audit report", yaml: `${MINIMAL}records:\n  internalAudits:\n    - id: IA-1\n      date: 2026-06-01\n      status: completed\n      clauses: ["4"]\n      evidence: audit.pdf\n` },
      { name: "management review minutes", yaml: `${MINIMAL}records:\n  managementReviews:\n    - id: MR-1\n      date: 2026-07-01\n      status: completed\n      evidence: review.pdf\n` },
      { name: "an application file", yaml: `${MINIMAL}application:\n  organizationProfile: profile.pdf\n  confidentialityStatement: confidentiality.pdf\n` },
    ];
    for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual([]));
  });

  it("is a nonconformity of document control (7.5.3)", () => {
    const finding = checkYaml(withEvidence("docs/policy.pdf")).findings.find((f) => f.ruleId === RULE);
    expect(finding).toMatchObject({ category: "nonconformity", clause: "7.5.3", severity: "major" });
    expect(finding?.blocking).toBeUndefined();
  });

  it("words each state", () => {
    const message = (yaml: string, files: Record<string, string>) => checkYaml(yaml, { files }).findings.find((f) => f.ruleId === RULE)?.message;
    expect(message(withEvidence("docs/policy.pdf"), {})).toBe("evidence file docs/policy.pdf does not exist");
    expect(message(withEvidence("docs"), { "docs/policy.pdf": "x" })).toBe("evidence path docs is a folder or device, not a file");
  });

  // Root reads every file whatever its mode, so this case runs only as an ordinary user.
  it.skipIf(process.getuid?.() === 0)("a file it may not read", () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-rule-"));
    writeFileSync(join(folder, "sms.yaml"), withEvidence("docs/policy.pdf"));
    mkdirSync(join(folder, "docs"));
    writeFileSync(join(folder, "docs/policy.pdf"), "x");
    chmodSync(join(folder, "docs/policy.pdf"), 0o000);
    const validated = validateFile("sms.yaml", folder);
    const index = new SmsIndex(validated.sms!);
    const asOf = "2026-11-21";
    const assessment = assess(index, { catalog, rules: RULES, asOf, evidence: inspectEvidence(index.evidenceReferences(), folder) });
    const report = buildCheckReport({ validated, assessment, catalog, lang: "en", asOf, tool: { name: "iso20k", version: "test" } });
    expect(findingsOf(report, RULE)).toEqual([finding("unreadable", "/documents/0/evidence", 14, 15)]);
  });
});
