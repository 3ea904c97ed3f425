import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "management-review-missing";

// MINIMAL is 10 lines; `records:` is line 11 and `managementReviews:` line 12.
const withReview = (date: string, status: string) => `${MINIMAL}records:
  managementReviews:
    - id: MR-1
      date: ${date}
      status: ${status}
`;

const auditsOnly = `${MINIMAL}records:
  internalAudits:
    - id: IA-1
      date: 2026-06-01
      status: completed
      clauses: ["4"]
`;

const base = { severity: "major", clause: "9.3", requirementId: "management-review-results" };
const none = (pointer: string, line: number) => ({ messageId: "none", ...base, pointer, line, column: 1 });
const onlyPlanned = { messageId: "onlyPlanned", ...base, pointer: "/records/managementReviews", line: 12, column: 3 };

// As-of is 2026-11-21 throughout.
describe(RULE, () => {
  const cases = [
    { name: "no records at all: reported at the top of the file", yaml: MINIMAL, findings: [none("/records", 1)] },
    { name: "records without reviews: reported on `records`", yaml: auditsOnly, findings: [none("/records", 11)] },
    { name: "only a planned review", yaml: withReview("2026-12-10", "planned"), findings: [onlyPlanned] },
    { name: "a completed review dated after as-of does not count yet", yaml: withReview("2026-11-22", "completed"), findings: [onlyPlanned] },
    { name: "a completed review on the as-of day", yaml: withReview("2026-11-21", "completed"), findings: [] },
    { name: "a completed review long ago: left to management-review-stale", yaml: withReview("2024-01-10", "completed"), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21" }), RULE)).toEqual(c.findings));

  it("blocks the application", () => {
    const finding = checkYaml(withReview("2026-12-10", "planned")).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("no management review is completed by the assessment date; only planned ones are listed");
    expect(finding?.blocking).toBe(true);
  });
});
