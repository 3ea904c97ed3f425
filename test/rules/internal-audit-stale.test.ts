import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "internal-audit-stale";

// MINIMAL is 10 lines; `records:` is line 11, `internalAudits:` 12, and each audit takes four lines
// from line 13, its date value at column 13 of the audit's second line.
const withAudits = (...audits: [id: string, date: string, status?: string][]) =>
  `${MINIMAL}records:\n  internalAudits:\n` +
  audits.map(([id, date, status]) => `    - id: ${id}\n      date: ${date}\n      status: ${status ?? "completed"}\n      clauses: ["4"]\n`).join("");

const stale = (index: number) => ({
  messageId: "stale",
  severity: "minor",
  clause: "9.2",
  requirementId: "internal-audit-results",
  pointer: `/records/internalAudits/${index}/date`,
  line: 14 + 4 * index,
  column: 13,
});

// As-of is 2026-11-21; an audit is stale when held before 2025-11-21.
describe(RULE, () => {
  const cases = [
    { name: "held exactly twelve months ago", yaml: withAudits(["IA-1", "2025-11-21"]), findings: [] },
    { name: "held twelve months and a day ago", yaml: withAudits(["IA-1", "2025-11-20"]), findings: [stale(0)] },
    { name: "an old audit followed by a recent one", yaml: withAudits(["IA-1", "2024-06-01"], ["IA-2", "2026-06-01"]), findings: [] },
    { name: "the latest by date is named, not the last in the file", yaml: withAudits(["IA-2", "2025-06-01"], ["IA-1", "2024-06-01"]), findings: [stale(0)] },
    { name: "a planned audit does not refresh the programme", yaml: withAudits(["IA-1", "2025-06-01"], ["IA-2", "2026-10-01", "planned"]), findings: [stale(0)] },
    { name: "no completed audit: left to internal-audit-missing", yaml: withAudits(["IA-1", "2026-12-01", "planned"]), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21" }), RULE)).toEqual(c.findings));

  it("names the audit and its date", () => {
    const finding = checkYaml(withAudits(["IA-1", "2025-11-20"]), { asOf: "2026-11-21" }).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("the latest internal audit IA-1 was held on 2025-11-20, more than twelve months ago");
  });

  it("counts twelve months back from the end of February", () => {
    expect(findingsOf(checkYaml(withAudits(["IA-1", "2026-02-28"]), { asOf: "2027-02-28" }), RULE)).toEqual([]);
    expect(findingsOf(checkYaml(withAudits(["IA-1", "2026-02-27"]), { asOf: "2027-02-28" }), RULE)).toEqual([stale(0)]);
  });
});
