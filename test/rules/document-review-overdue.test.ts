import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "document-review-overdue";

// Lines 1-9 of MINIMAL, then `documents:` on line 10; nextReviewDate's value is at line 18, column 21.
const HEAD = MINIMAL.replace("documents: []\n", "");
const withReview = (nextReviewDate: string, status = "approved") => `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    owner: Head of service
    version: "2.0"
    status: ${status}
    approvalDate: 2025-10-01
    nextReviewDate: ${nextReviewDate}
`;

const overdue = { messageId: "overdue", severity: "minor", clause: "7.5.3", requirementId: "service-management-policy", pointer: "/documents/0/nextReviewDate", line: 18, column: 21 };

// As-of is 2026-11-21 throughout.
describe(RULE, () => {
  const cases = [
    { name: "due on the as-of day: not yet overdue", yaml: withReview("2026-11-21"), findings: [] },
    { name: "due the day before as-of: overdue", yaml: withReview("2026-11-20"), findings: [overdue] },
    { name: "due a year ago", yaml: withReview("2025-11-21"), findings: [overdue] },
    { name: "due in the future", yaml: withReview("2027-01-01"), findings: [] },
    { name: "an overdue draft is not checked", yaml: withReview("2026-01-01", "draft"), findings: [] },
    { name: "an overdue retired document is not checked", yaml: withReview("2026-01-01", "retired"), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21" }), RULE)).toEqual(c.findings));

  it("counts the days since it was due", () => {
    const finding = checkYaml(withReview("2026-10-22"), { asOf: "2026-11-21" }).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("document POL-1 was due for review on 2026-10-22, 30 days ago");
  });
});
