import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "administrative-penalty-recent";

/** One penalty on `date`; its date value sits at line 4, column 13. The SMS starts on `start`. */
const withPenalty = (date: string, start = "2026-01-05") => `organization:
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
  startDate: ${start}
documents: []
`;

// The first penalty lies before the window (2025-01-05 to as-of), the second within the operation.
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

// A prerequisite: no clause of the standard, severity kept "major" internally.
const penalty = (messageId: "beforeEstablished" | "duringOperation", pointer = "/organization/penalties/0/date", line = 4) => ({
  messageId,
  severity: "major",
  clause: undefined,
  pointer,
  line,
  column: 13,
});

// MINIMAL's SMS starts on 2026-01-05: the window opens on 2025-01-05 and closes on the as-of day, 2026-11-21.
describe(RULE, () => {
  const cases = [
    { name: "no penalties at all", yaml: MINIMAL, findings: [] },
    { name: "a penalty one day before the window opens does not block", yaml: withPenalty("2025-01-04"), findings: [] },
    { name: "a penalty thirteen months before the SMS started does not block", yaml: withPenalty("2024-12-05"), findings: [] },
    { name: "a penalty on the day the window opens, twelve months before the start, blocks", yaml: withPenalty("2025-01-05"), findings: [penalty("beforeEstablished")] },
    { name: "a penalty the day before the SMS started falls before it was established", yaml: withPenalty("2026-01-04"), findings: [penalty("beforeEstablished")] },
    { name: "a penalty on the start date falls during the operation", yaml: withPenalty("2026-01-05"), findings: [penalty("duringOperation")] },
    { name: "a penalty more than twelve months before as-of still blocks: nothing clears it", yaml: withPenalty("2025-11-21"), findings: [penalty("beforeEstablished")] },
    { name: "a penalty imposed on the as-of day blocks", yaml: withPenalty("2026-11-21"), findings: [penalty("duringOperation")] },
    { name: "a penalty dated after as-of is ignored", yaml: withPenalty("2026-11-22"), findings: [] },
    { name: "only the penalty in the window of two blocks", yaml: twoPenalties, findings: [penalty("duringOperation", "/organization/penalties/1/date", 7)] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("the window moves with the SMS's start date, not with the calendar", () => {
    // Started 2024-06-01: the window opens 2023-06-01.
    expect(findingsOf(checkYaml(withPenalty("2023-06-01", "2024-06-01")), RULE)).toEqual([penalty("beforeEstablished")]);
    expect(findingsOf(checkYaml(withPenalty("2023-05-31", "2024-06-01")), RULE)).toEqual([]);
    // Years on, a penalty during the operation still blocks.
    expect(findingsOf(checkYaml(withPenalty("2024-07-01", "2024-06-01"), { asOf: "2029-12-31" }), RULE)).toEqual([penalty("duringOperation")]);
  });

  it("is a blocking prerequisite without a clause and without a date it clears on", () => {
    for (const date of ["2025-01-05", "2026-06-30"]) {
      const finding = checkYaml(withPenalty(date)).findings.find((f) => f.ruleId === RULE);
      expect(finding).toBeDefined();
      expect(finding?.category).toBe("prerequisite");
      expect(finding?.blocking).toBe(true);
      expect(finding).not.toHaveProperty("clause");
      expect(finding).not.toHaveProperty("blockingUntil");
    }
  });

  it("says whether the penalty came before the SMS was established or during its operation", () => {
    const message = (date: string) => checkYaml(withPenalty(date)).findings.find((f) => f.ruleId === RULE)?.message;
    expect(message("2025-03-10")).toBe(
      "an administrative penalty by City market regulator on 2025-03-10 falls in the year before the SMS was established (2026-01-05), a period the certification body looks at",
    );
    expect(message("2026-06-30")).toBe("an administrative penalty by City market regulator on 2026-06-30 falls within the SMS's operation (since 2026-01-05)");
  });

  it("keeps the application not ready", () => {
    const report = checkYaml(withPenalty("2026-06-30"));
    expect(report.verdict.reasons.map((r) => r.ruleId)).toContain(RULE);
    expect(report.verdict.status).toBe("not-ready");
  });
});
