import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "internal-audit-missing";

// MINIMAL is 10 lines; `records:` is line 11 and `internalAudits:` line 12.
const withAudit = (date: string, status: string) => `${MINIMAL}records:
  internalAudits:
    - id: IA-1
      date: ${date}
      status: ${status}
      clauses: ["4", "5", "6", "7", "8", "9", "10"]
`;

const reviewsOnly = `${MINIMAL}records:
  managementReviews:
    - id: MR-1
      date: 2026-06-01
      status: completed
`;

const base = { severity: "major", clause: "9.2", requirementId: "internal-audit-results" };
const none = (pointer: string, line: number) => ({ messageId: "none", ...base, pointer, line, column: 1 });
const onlyPlanned = { messageId: "onlyPlanned", ...base, pointer: "/records/internalAudits", line: 12, column: 3 };

// As-of is 2026-11-21 throughout.
describe(RULE, () => {
  const cases = [
    { name: "no records at all: reported at the top of the file", yaml: MINIMAL, findings: [none("/records", 1)] },
    { name: "records without audits: reported on `records`", yaml: reviewsOnly, findings: [none("/records", 11)] },
    { name: "only a planned audit", yaml: withAudit("2026-12-10", "planned"), findings: [onlyPlanned] },
    { name: "a planned audit whose date has passed is still not held", yaml: withAudit("2026-10-10", "planned"), findings: [onlyPlanned] },
    { name: "a completed audit dated after as-of does not count yet", yaml: withAudit("2026-11-22", "completed"), findings: [onlyPlanned] },
    { name: "a completed audit on the as-of day", yaml: withAudit("2026-11-21", "completed"), findings: [] },
    { name: "a completed audit long ago: left to internal-audit-stale", yaml: withAudit("2024-01-10", "completed"), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21" }), RULE)).toEqual(c.findings));

  it("blocks the application", () => {
    const finding = checkYaml(MINIMAL).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("no internal audit has been held");
    expect(finding?.blocking).toBe(true);
    expect(finding?.blockingUntil).toBeUndefined();
  });
});
