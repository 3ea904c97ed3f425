import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "administrative-penalty-recent";

/** One penalty on `date`; its date value sits at line 4, column 13. */
const withPenalty = (date: string) => `organization:
  name: Test Org
  penalties:
    - date: ${date}
      authority: City market regulator
      description: Late annual report
scope:
  services:
    - id: desk
      name: Service desk
  businessCategories: ["06.04"]
sms:
  startDate: 2026-01-05
documents: []
`;

const twoPenalties = `organization:
  name: Test Org
  penalties:
    - date: 2024-03-01
      authority: Tax bureau
      description: Late filing
    - date: 2026-06-30
      authority: City market regulator
      description: Misleading advertising
scope:
  services:
    - id: desk
      name: Service desk
  businessCategories: ["06.04"]
sms:
  startDate: 2026-01-05
documents: []
`;

const recent = (pointer: string, line: number) => ({ messageId: "recent", severity: "major", clause: "4.3", pointer, line, column: 13 });

describe(RULE, () => {
  const cases = [
    { name: "no penalties at all", yaml: MINIMAL, findings: [] },
    { name: "a penalty exactly twelve months before as-of has cleared", yaml: withPenalty("2025-11-21"), findings: [] },
    { name: "a penalty one day short of twelve months still bars", yaml: withPenalty("2025-11-22"), findings: [recent("/organization/penalties/0/date", 4)] },
    { name: "a penalty imposed on the as-of day bars", yaml: withPenalty("2026-11-21"), findings: [recent("/organization/penalties/0/date", 4)] },
    { name: "a penalty dated after as-of is not yet there", yaml: withPenalty("2026-11-22"), findings: [] },
    { name: "only the recent one of two penalties bars", yaml: twoPenalties, findings: [recent("/organization/penalties/1/date", 7)] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("says when the penalty clears and blocks until then", () => {
    const report = checkYaml(withPenalty("2025-11-22"));
    const finding = report.findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("an administrative penalty by City market regulator on 2025-11-22 bars an application until 2026-11-22");
    expect(finding?.blocking).toBe(true);
    expect(finding?.blockingUntil).toBe("2026-11-22");
  });

  it("clamps a leap-day penalty to the end of February a year on", () => {
    const report = checkYaml(withPenalty("2024-02-29"), { asOf: "2025-02-27" });
    expect(report.findings.find((f) => f.ruleId === RULE)?.blockingUntil).toBe("2025-02-28");
    expect(findingsOf(checkYaml(withPenalty("2024-02-29"), { asOf: "2025-02-28" }), RULE)).toEqual([]);
  });
});
