import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "nonconformity-overdue";

// MINIMAL is 10 lines; `records:` is line 11, `nonconformities:` 12, the entry from line 13.
// The optional lines come after `raised`, so `due` is on line 17 (18 after a clause), value at column 12.
const withNonconformity = (grade: string, more: string) => `${MINIMAL}records:
  nonconformities:
    - id: NC-1
      description: Change records incomplete
      grade: ${grade}
      raised: 2026-09-01
${more}`;

const overdue = (severity: string, clause: string, line: number) => ({
  messageId: "overdue",
  severity,
  clause,
  requirementId: "nonconformity-records",
  pointer: "/records/nonconformities/0/due",
  line,
  column: 12,
});

// As-of is 2026-11-21 throughout.
describe(RULE, () => {
  const cases = [
    { name: "a minor one due yesterday", yaml: withNonconformity("minor", "      due: 2026-11-20\n"), findings: [overdue("minor", "10.1", 17)] },
    { name: "a major one is graded major", yaml: withNonconformity("major", "      due: 2026-11-20\n"), findings: [overdue("major", "10.1", 17)] },
    { name: "its own clause is used", yaml: withNonconformity("minor", '      clause: "8.5.1"\n      due: 2026-10-31\n'), findings: [overdue("minor", "8.5.1", 18)] },
    { name: "due on the as-of day: not yet overdue", yaml: withNonconformity("major", "      due: 2026-11-21\n"), findings: [] },
    { name: "due in the future", yaml: withNonconformity("major", "      due: 2026-12-31\n"), findings: [] },
    { name: "closed after its due date", yaml: withNonconformity("major", "      due: 2026-10-31\n      closed: 2026-11-05\n"), findings: [] },
    { name: "no due date", yaml: withNonconformity("minor", ""), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21" }), RULE)).toEqual(c.findings));

  it("counts the days past due", () => {
    const finding = checkYaml(withNonconformity("major", "      due: 2026-10-31\n"), { asOf: "2026-11-21" }).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("major nonconformity NC-1 is still open, 21 days after it was due on 2026-10-31");
  });

  it("a closure dated after as-of had not happened yet", () => {
    const yaml = withNonconformity("major", "      due: 2026-10-31\n      closed: 2026-12-05\n");
    expect(findingsOf(checkYaml(yaml, { asOf: "2026-11-21" }), RULE)).toEqual([overdue("major", "10.1", 17)]);
  });
});
