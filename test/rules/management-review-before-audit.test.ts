import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "management-review-before-audit";

type Held = [id: string, date: string, status?: string];

// MINIMAL is 10 lines; `records:` is line 11, `internalAudits:` 12, one audit on lines 13-16,
// `managementReviews:` line 17, then three lines per review from line 18, its date at column 13 of the second.
const withRecords = (audit: Held, ...reviews: Held[]) =>
  `${MINIMAL}records:
  internalAudits:
    - id: ${audit[0]}
      date: ${audit[1]}
      status: ${audit[2] ?? "completed"}
      clauses: ["4", "5", "6", "7", "8", "9", "10"]
` +
  (reviews.length === 0 ? "" : "  managementReviews:\n") +
  reviews.map(([id, date, status]) => `    - id: ${id}\n      date: ${date}\n      status: ${status ?? "completed"}\n`).join("");

const beforeAudit = (index: number) => ({
  messageId: "beforeAudit",
  severity: "major",
  clause: "9.3",
  requirementId: "management-review-results",
  pointer: `/records/managementReviews/${index}/date`,
  line: 19 + 3 * index,
  column: 13,
});

// As-of is 2026-11-21 throughout.
describe(RULE, () => {
  const cases = [
    { name: "the review came after the audit", yaml: withRecords(["IA-1", "2026-06-10"], ["MR-1", "2026-07-01"]), findings: [] },
    { name: "the review on the day of the audit", yaml: withRecords(["IA-1", "2026-06-10"], ["MR-1", "2026-06-10"]), findings: [] },
    { name: "the review the day before the audit", yaml: withRecords(["IA-1", "2026-06-10"], ["MR-1", "2026-06-09"]), findings: [beforeAudit(0)] },
    {
      name: "the latest completed review is named; a planned one after the audit does not count",
      yaml: withRecords(["IA-1", "2026-06-10"], ["MR-1", "2026-01-15"], ["MR-2", "2026-12-01", "planned"], ["MR-0", "2025-12-01"]),
      findings: [beforeAudit(0)],
    },
    { name: "a planned audit after the review does not count", yaml: withRecords(["IA-1", "2026-10-10", "planned"], ["MR-1", "2026-07-01"]), findings: [] },
    { name: "an audit dated after as-of does not count", yaml: withRecords(["IA-1", "2026-11-22"], ["MR-1", "2026-07-01"]), findings: [] },
    { name: "no review: left to management-review-missing", yaml: withRecords(["IA-1", "2026-06-10"]), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21" }), RULE)).toEqual(c.findings));

  it("names both records and their dates", () => {
    const finding = checkYaml(withRecords(["IA-1", "2026-06-10"], ["MR-1", "2026-06-09"]), { asOf: "2026-11-21" }).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("the latest management review MR-1 (2026-06-09) came before the latest internal audit IA-1 (2026-06-10)");
  });
});
