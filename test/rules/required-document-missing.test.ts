import { describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "required-document-missing";

// MINIMAL is 10 lines with `documents: []` on line 10, where every finding of this rule points.
const HEAD = MINIMAL.replace("documents: []\n", "");

/** MINIMAL with other parties of the given kinds; `documents:` moves down two lines per party. */
const withParties = (...kinds: string[]) =>
  MINIMAL.replace(
    '  businessCategories: ["06.04"]\n',
    `  businessCategories: ["06.04"]\n  otherParties:\n${kinds.map((kind, i) => `    - name: Partner ${i}\n      kind: ${kind}\n`).join("")}`,
  );

const withAudit = (date: string, status: string) =>
  `${MINIMAL}records:\n  internalAudits:\n    - id: IA-1\n      date: ${date}\n      status: ${status}\n      clauses: ["4"]\n`;

const withNonconformity = (raised: string) =>
  `${MINIMAL}records:\n  nonconformities:\n    - id: NC-1\n      description: Missed SLA review\n      grade: minor\n      raised: ${raised}\n`;

const withReview = (status: string) => `${MINIMAL}records:\n  managementReviews:\n    - id: MR-1\n      date: 2026-07-01\n      status: ${status}\n`;

const draftScope = `${HEAD}documents:
  - id: SCOPE-1
    title: SMS scope statement
    satisfies: [sms-scope]
    status: draft
`;

const incidentLog = `${MINIMAL}records:
  registers:
    - id: LOG-1
      title: Incident log
      satisfies: [incident-records]
`;

const missing = (messageId: string, requirementId: string, clause: string, line = 10) => ({
  messageId,
  severity: "major",
  clause,
  requirementId,
  pointer: "/documents",
  line,
  column: 1,
});

/** The findings of this rule about one requirement. */
const about = (requirementId: string, yaml: string, asOf = "2026-11-21") =>
  findingsOf(checkYaml(yaml, { asOf }), RULE).filter((f) => f.requirementId === requirementId);

// Judged elsewhere: the audit and review results by the prerequisites, the umbrella items through their records.
const NEVER_REPORTED = ["internal-audit-results", "management-review-results", "conformity-records", "operational-control-records"];

describe(RULE, () => {
  const cases = [
    { name: "a mandatory document nothing claims", requirement: "sms-scope", yaml: MINIMAL, findings: [missing("document", "sms-scope", "4.3")] },
    { name: "a mandatory record nothing keeps", requirement: "incident-records", yaml: MINIMAL, findings: [missing("record", "incident-records", "8.6.1")] },
    { name: "a draft claims the requirement: left to requirement-not-covered", requirement: "sms-scope", yaml: draftScope, findings: [] },
    { name: "a register keeps the record (whatever its state)", requirement: "incident-records", yaml: incidentLog, findings: [] },
    { name: "a recommended document is not this rule's business", requirement: "service-budget", yaml: MINIMAL, findings: [] },

    { name: "internal agreements: not applicable without other parties", requirement: "internal-agreements", yaml: MINIMAL, findings: [] },
    { name: "internal agreements: not applicable with only external suppliers", requirement: "internal-agreements", yaml: withParties("external-supplier"), findings: [] },
    {
      name: "internal agreements: required with an internal supplier",
      requirement: "internal-agreements",
      yaml: withParties("internal-supplier"),
      findings: [missing("document", "internal-agreements", "8.3.4.2", 13)],
    },
    {
      name: "internal agreements: required with a customer acting as supplier",
      requirement: "internal-agreements",
      yaml: withParties("customer-as-supplier"),
      findings: [missing("document", "internal-agreements", "8.3.4.2", 13)],
    },

    { name: "external supplier contracts: not applicable without other parties", requirement: "external-supplier-contracts", yaml: MINIMAL, findings: [] },
    {
      name: "external supplier contracts: not applicable with only internal suppliers",
      requirement: "external-supplier-contracts",
      yaml: withParties("internal-supplier", "customer-as-supplier"),
      findings: [],
    },
    {
      name: "external supplier contracts: required with an external supplier",
      requirement: "external-supplier-contracts",
      yaml: withParties("external-supplier"),
      findings: [missing("document", "external-supplier-contracts", "8.3.4.1", 13)],
    },
    { name: "supplier dispute records: not applicable without other parties", requirement: "supplier-dispute-records", yaml: MINIMAL, findings: [] },
    { name: "supplier dispute records: not applicable with only an internal supplier", requirement: "supplier-dispute-records", yaml: withParties("internal-supplier"), findings: [] },
    {
      name: "supplier dispute records: required with an external supplier beside an internal one",
      requirement: "supplier-dispute-records",
      yaml: withParties("internal-supplier", "external-supplier"),
      findings: [missing("record", "supplier-dispute-records", "8.3.4.1", 15)],
    },

    { name: "internal audit results: left to the audit prerequisite, with no audit at all", requirement: "internal-audit-results", yaml: MINIMAL, findings: [] },
    { name: "internal audit results: left to the audit prerequisite, with a planned audit", requirement: "internal-audit-results", yaml: withAudit("2026-12-01", "planned"), findings: [] },
    {
      name: "internal audit results: left to the audit prerequisite, with an audit after as-of",
      requirement: "internal-audit-results",
      yaml: withAudit("2026-11-22", "completed"),
      findings: [],
    },
    { name: "management review results: left to the review prerequisite, with no review at all", requirement: "management-review-results", yaml: MINIMAL, findings: [] },
    { name: "management review results: left to the review prerequisite, with a planned review", requirement: "management-review-results", yaml: withReview("planned"), findings: [] },
    { name: "conformity records: met through the records they stand for", requirement: "conformity-records", yaml: MINIMAL, findings: [] },
    { name: "operational control records: met through the records they stand for", requirement: "operational-control-records", yaml: MINIMAL, findings: [] },

    { name: "a nonconformity raised by as-of is a nonconformity record", requirement: "nonconformity-records", yaml: withNonconformity("2026-11-21"), findings: [] },
    {
      name: "a nonconformity raised after as-of is not",
      requirement: "nonconformity-records",
      yaml: withNonconformity("2026-11-22"),
      findings: [missing("record", "nonconformity-records", "10.1")],
    },
  ];
  for (const c of cases) it(c.name, () => expect(about(c.requirement, c.yaml)).toEqual(c.findings));

  it("reports every applicable mandatory requirement nothing claims, once, and nothing else", () => {
    const expected = catalog
      .requirements()
      .filter((r) => r.mandatory && r.appliesWhen === undefined && !NEVER_REPORTED.includes(r.id))
      .map((r) => r.id);
    const ids = findingsOf(checkYaml(MINIMAL), RULE).map((f) => f.requirementId);
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(ids).toContain("sms-scope");
    expect(ids).not.toContain("context-issues");
    for (const id of [...NEVER_REPORTED, "internal-agreements", "external-supplier-contracts", "supplier-dispute-records"]) expect(ids).not.toContain(id);
  });

  it("with every kind of other party, the supplier requirements are reported too", () => {
    const ids = findingsOf(checkYaml(withParties("external-supplier", "internal-supplier")), RULE).map((f) => f.requirementId);
    expect(ids).toEqual(expect.arrayContaining(["internal-agreements", "external-supplier-contracts", "supplier-dispute-records"]));
    for (const id of NEVER_REPORTED) expect(ids).not.toContain(id);
  });

  it("gives each finding the requirement's first clause", () => {
    for (const finding of findingsOf(checkYaml(MINIMAL), RULE)) expect(finding.clause, finding.requirementId).toBe(catalog.requirement(finding.requirementId!)!.clauses[0]);
  });

  it("says whether a document or a record is missing", () => {
    const findings = checkYaml(MINIMAL).findings.filter((f) => f.ruleId === RULE);
    const messages = findings.map((f) => f.message);
    expect(messages).toContain('mandatory document "Scope of the SMS" is missing');
    expect(messages).toContain('mandatory record "Incident records" is not kept');
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set(["nonconformity"]));
  });
});
