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
`;

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

const finding = (messageId: string, pointer: string, line: number, column: number) => ({ messageId, severity: "major", clause: "7.5.3", pointer, line, column });

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
      findings: [
        finding("missing", "/organization/legalEntity/evidence", 5, 15),
        finding("missing", "/organization/penalties/0/evidence", 10, 17),
        finding("missing", "/documents/0/evidence", 22, 15),
        finding("missing", "/records/internalAudits/0/evidence", 29, 17),
        finding("missing", "/records/managementReviews/0/evidence", 34, 17),
        finding("missing", "/records/nonconformities/0/evidence", 40, 17),
        finding("missing", "/records/registers/0/evidence", 45, 17),
        finding("missing", "/application/organizationChart", 47, 22),
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
