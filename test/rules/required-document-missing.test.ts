import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "required-document-missing";

// MINIMAL is 10 lines with `documents: []` on line 10, where every finding of this rule points.
const HEAD = MINIMAL.replace("documents: []\n", "");

const withParty = (kind: string) =>
  MINIMAL.replace('  businessCategories: ["06.04"]\n', `  businessCategories: ["06.04"]\n  otherParties:\n    - name: Partner\n      kind: ${kind}\n`);

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

describe(RULE, () => {
  const cases = [
    { name: "a mandatory document nothing claims", requirement: "sms-scope", yaml: MINIMAL, findings: [missing("document", "sms-scope", "4.3")] },
    { name: "a mandatory record nothing keeps", requirement: "incident-records", yaml: MINIMAL, findings: [missing("record", "incident-records", "8.6.1")] },
    { name: "a draft claims the requirement: left to document-not-approved", requirement: "sms-scope", yaml: draftScope, findings: [] },
    { name: "a register keeps the record", requirement: "incident-records", yaml: incidentLog, findings: [] },
    { name: "a recommended document is not this rule's business", requirement: "service-budget", yaml: MINIMAL, findings: [] },
    { name: "internal agreements: not applicable without internal suppliers", requirement: "internal-agreements", yaml: MINIMAL, findings: [] },
    { name: "internal agreements: not applicable with only external suppliers", requirement: "internal-agreements", yaml: withParty("external-supplier"), findings: [] },
    {
      name: "internal agreements: required with an internal supplier",
      requirement: "internal-agreements",
      yaml: withParty("internal-supplier"),
      findings: [missing("document", "internal-agreements", "8.3.4.2", 13)],
    },
    {
      name: "internal agreements: required with a customer acting as supplier",
      requirement: "internal-agreements",
      yaml: withParty("customer-as-supplier"),
      findings: [missing("document", "internal-agreements", "8.3.4.2", 13)],
    },
    { name: "a completed internal audit is its own result record", requirement: "internal-audit-results", yaml: withAudit("2026-06-01", "completed"), findings: [] },
    {
      name: "a planned internal audit is not a result",
      requirement: "internal-audit-results",
      yaml: withAudit("2026-12-01", "planned"),
      findings: [missing("record", "internal-audit-results", "9.2")],
    },
    {
      name: "a completed internal audit dated after as-of is not a result yet",
      requirement: "internal-audit-results",
      yaml: withAudit("2026-11-22", "completed"),
      findings: [missing("record", "internal-audit-results", "9.2")],
    },
    { name: "a completed management review is its own result record", requirement: "management-review-results", yaml: withReview("completed"), findings: [] },
    {
      name: "a planned management review is not a result",
      requirement: "management-review-results",
      yaml: withReview("planned"),
      findings: [missing("record", "management-review-results", "9.3")],
    },
    { name: "a nonconformity raised by as-of is a nonconformity record", requirement: "nonconformity-records", yaml: withNonconformity("2026-11-21"), findings: [] },
    {
      name: "a nonconformity raised after as-of is not",
      requirement: "nonconformity-records",
      yaml: withNonconformity("2026-11-22"),
      findings: [missing("record", "nonconformity-records", "10.1")],
    },
  ];
  for (const c of cases) it(c.name, () => expect(about(c.requirement, c.yaml)).toEqual(c.findings));

  it("reports only mandatory requirements", () => {
    const ids = findingsOf(checkYaml(MINIMAL), RULE).map((f) => f.requirementId);
    expect(ids).toContain("sms-scope");
    expect(ids).not.toContain("context-issues");
    expect(ids).not.toContain("internal-agreements");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("says whether a document or a record is missing", () => {
    const messages = checkYaml(MINIMAL).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
    expect(messages).toContain('mandatory document "sms-scope" is missing: no document satisfies it');
    expect(messages).toContain('mandatory record "incident-records" is missing: no register or record satisfies it');
  });
});
