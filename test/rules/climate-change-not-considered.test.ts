import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "climate-change-not-considered";

// MINIMAL is 10 lines; `context:` goes on line 11.
const withContext = (context: string) => `${MINIMAL}context:${context}`;

const missing = (pointer: string, line: number) => ({
  messageId: "missing",
  severity: "observation",
  clause: "4.1",
  requirementId: "context-issues",
  pointer,
  line,
  column: 1,
});

describe(RULE, () => {
  const cases = [
    { name: "no context section: reported at the top of the file", yaml: MINIMAL, findings: [missing("", 1)] },
    { name: "an empty context section: reported on its key", yaml: withContext(" {}\n"), findings: [missing("/context", 11)] },
    { name: "climate change judged not relevant", yaml: withContext("\n  climateChange:\n    relevant: false\n    rationale: Office-based service desk\n"), findings: [] },
    { name: "climate change judged relevant, no rationale", yaml: withContext("\n  climateChange:\n    relevant: true\n"), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("words the finding", () => {
    const finding = checkYaml(MINIMAL).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("the SMS does not say whether climate change is a relevant issue");
  });
});
