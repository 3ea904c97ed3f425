import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "document-review-due-soon";

// Lines 1-9 of MINIMAL, then `documents:` on line 10; nextReviewDate's value is at line 18, column 21.
const HEAD = MINIMAL.replace("documents: []\n", "");
const withReview = (nextReviewDate: string, status = "approved") => `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    owner: Head of service
    version: "2.0"
    status: ${status}
    approvalDate: 2025-12-01
    nextReviewDate: ${nextReviewDate}
`;

const dueSoon = { messageId: "dueSoon", severity: "observation", clause: "7.5.3", requirementId: "service-management-policy", pointer: "/documents/0/nextReviewDate", line: 18, column: 21 };

// As-of is 2026-11-21 throughout; the horizon is 30 days, 2026-12-21.
describe(RULE, () => {
  const cases = [
    { name: "due in 31 days: not yet", yaml: withReview("2026-12-22"), findings: [] },
    { name: "due in exactly 30 days", yaml: withReview("2026-12-21"), findings: [dueSoon] },
    { name: "due tomorrow", yaml: withReview("2026-11-22"), findings: [dueSoon] },
    { name: "due on the as-of day: still due soon, not overdue", yaml: withReview("2026-11-21"), findings: [dueSoon] },
    { name: "due yesterday: left to document-review-overdue", yaml: withReview("2026-11-20"), findings: [] },
    { name: "a draft due soon is not checked", yaml: withReview("2026-12-01", "draft"), findings: [] },
    { name: "a retired document due soon is not checked", yaml: withReview("2026-12-01", "retired"), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21" }), RULE)).toEqual(c.findings));

  it("counts the days left", () => {
    const finding = checkYaml(withReview("2026-12-21"), { asOf: "2026-11-21" }).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("document POL-1 is due for review on 2026-12-21, in 30 days");
  });
});
