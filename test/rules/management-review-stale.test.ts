import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "management-review-stale";

// MINIMAL is 10 lines; `records:` is line 11, `managementReviews:` 12, and each review takes three lines
// from line 13, its date value at column 13 of the review's second line.
const withReviews = (...reviews: [id: string, date: string, status?: string][]) =>
  `${MINIMAL}records:\n  managementReviews:\n` +
  reviews.map(([id, date, status]) => `    - id: ${id}\n      date: ${date}\n      status: ${status ?? "completed"}\n`).join("");

const stale = (index: number) => ({
  messageId: "stale",
  severity: "minor",
  clause: "9.3",
  requirementId: "management-review-results",
  pointer: `/records/managementReviews/${index}/date`,
  line: 14 + 3 * index,
  column: 13,
});

// As-of is 2026-11-21; a review is stale when held before 2025-11-21.
describe(RULE, () => {
  const cases = [
    { name: "held exactly twelve months ago", yaml: withReviews(["MR-1", "2025-11-21"]), findings: [] },
    { name: "held twelve months and a day ago", yaml: withReviews(["MR-1", "2025-11-20"]), findings: [stale(0)] },
    { name: "an old review followed by a recent one", yaml: withReviews(["MR-1", "2024-06-01"], ["MR-2", "2026-06-01"]), findings: [] },
    { name: "the latest by date is named, not the last in the file", yaml: withReviews(["MR-2", "2025-06-01"], ["MR-1", "2024-06-01"]), findings: [stale(0)] },
    { name: "a planned review does not count", yaml: withReviews(["MR-1", "2025-06-01"], ["MR-2", "2026-10-01", "planned"]), findings: [stale(0)] },
    { name: "no completed review: left to management-review-missing", yaml: withReviews(["MR-1", "2026-12-01", "planned"]), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21" }), RULE)).toEqual(c.findings));

  it("names the review and its date", () => {
    const finding = checkYaml(withReviews(["MR-1", "2025-11-20"]), { asOf: "2026-11-21" }).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("the latest management review MR-1 was held on 2025-11-20, more than twelve months ago");
  });
});
