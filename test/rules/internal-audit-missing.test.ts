import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "internal-audit-missing";
const REPORT = { "audits/ia-1.md": "# Internal audit report IA-1\n" };

// MINIMAL is 10 lines and starts the SMS on 2026-01-05; `records:` is line 11, `internalAudits:` line 12,
// the audit's id line 13, date 14, status 15, clauses 16, evidence 17.
const withAudit = (date: string, status: string, evidence?: string) => `${MINIMAL}records:
  internalAudits:
    - id: IA-1
      date: ${date}
      status: ${status}
      clauses: ["4", "5", "6", "7", "8", "9", "10"]
${evidence ? `      evidence: ${evidence}\n` : ""}`;

const reviewsOnly = `${MINIMAL}records:
  managementReviews:
    - id: MR-1
      date: 2026-06-01
      status: completed
`;

// A prerequisite: no grade beyond "major" for --fail-on, no clause.
const base = { severity: "major", clause: undefined, requirementId: "internal-audit-results" };
const at = (messageId: string, pointer: string, line: number, column: number) => ({ messageId, ...base, pointer, line, column });

// As-of is 2026-11-21 throughout.
describe(RULE, () => {
  const cases = [
    { name: "no records at all: reported at the top of the file", yaml: MINIMAL, findings: [at("none", "/records", 1, 1)] },
    { name: "records without audits: reported on `records`", yaml: reviewsOnly, findings: [at("none", "/records", 11, 1)] },
    { name: "only a planned audit: planned, on its date", yaml: withAudit("2026-12-10", "planned"), findings: [at("planned", "/records/internalAudits/0/date", 14, 13)] },
    { name: "a planned audit whose date has passed is not held", yaml: withAudit("2026-10-10", "planned"), findings: [at("notHeld", "/records/internalAudits", 12, 3)] },
    { name: "a completed audit dated after as-of is still to come, and said to be recorded as completed", yaml: withAudit("2026-11-22", "completed", "audits/ia-1.md"), findings: [at("completedLater", "/records/internalAudits/0/date", 14, 13)] },
    { name: "a completed audit on the as-of day with its report counts", yaml: withAudit("2026-11-21", "completed", "audits/ia-1.md"), findings: [] },
    { name: "a completed audit without a report does not count", yaml: withAudit("2026-06-01", "completed"), findings: [at("noReport", "/records/internalAudits/0", 13, 7)] },
    { name: "a completed audit whose report file does not exist does not count", yaml: withAudit("2026-06-01", "completed", "audits/ia-9.md"), findings: [at("noReport", "/records/internalAudits/0/evidence", 17, 17)] },
    { name: "an audit held before the SMS started did not audit the running SMS", yaml: withAudit("2025-12-01", "completed", "audits/ia-1.md"), findings: [at("beforeStart", "/records/internalAudits/0/date", 14, 13)] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21", files: REPORT }), RULE)).toEqual(c.findings));

  it("an audit held before the documented system was issued does not count either", () => {
    const documented = withAudit("2026-04-01", "completed", "audits/ia-1.md").replace(
      "documents: []\n",
      "documents:\n  - id: SMS-1\n    title: SMS manual\n    satisfies: [sms-scope]\n    status: approved\n    approvalDate: 2026-06-01\n",
    );
    const report = checkYaml(documented, { files: REPORT });
    const finding = report.findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe(
      "internal audit IA-1 was held on 2026-04-01, before the SMS was running by its documented system (2026-06-01): it did not audit the running SMS",
    );
  });

  it("blocks the application; a planned audit is time-bound, a missing one is not", () => {
    const none = checkYaml(MINIMAL).findings.find((f) => f.ruleId === RULE);
    expect([none?.message, none?.category, none?.blocking, none?.blockingUntil]).toEqual(["no internal audit has been held", "prerequisite", true, undefined]);
    const planned = checkYaml(withAudit("2026-12-10", "planned")).findings.find((f) => f.ruleId === RULE);
    expect([planned?.message, planned?.blockingUntil]).toEqual(["no internal audit of the running SMS has been held yet; IA-1 is planned for 2026-12-10", "2026-12-10"]);
    // The file says completed: the message says so, so that the consultant corrects the date or the status.
    const later = checkYaml(withAudit("2026-12-10", "completed", "audits/ia-1.md")).findings.find((f) => f.ruleId === RULE);
    expect([later?.message, later?.blockingUntil]).toEqual(["no internal audit of the running SMS was held by the assessment date; IA-1 is recorded as completed, but on 2026-12-10, after it", "2026-12-10"]);
    expect([later?.remedy, later?.howToRecord]).toEqual(["If the audit was held, correct its date; if it is still to come, hold it before applying.", "Set the audit's `date` to the day it was held, or its `status` to `planned`."]);
  });
});
