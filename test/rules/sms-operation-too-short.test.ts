import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "sms-operation-too-short";

describe(RULE, () => {
  const cases = [
    { name: "three months have passed", asOf: "2026-04-05", findings: [] },
    {
      name: "one day short of three months",
      asOf: "2026-04-04",
      findings: [{ messageId: "tooShort", severity: "major", clause: "4.4", pointer: "/sms/startDate", line: 9, column: 14 }],
    },
    {
      name: "start date after the assessment date",
      asOf: "2026-01-01",
      findings: [{ messageId: "notStarted", severity: "major", clause: "4.4", pointer: "/sms/startDate", line: 9, column: 14 }],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(MINIMAL, { asOf: c.asOf }), RULE)).toEqual(c.findings));

  it("gives the earliest application date when time is the only blocker", () => {
    const report = checkYaml(MINIMAL, { asOf: "2026-03-01" });
    const finding = report.findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("the SMS has run 55 days since 2026-01-05; it needs three months, so apply on or after 2026-04-05");
    expect(finding?.blocking).toBe(true);
  });
});
