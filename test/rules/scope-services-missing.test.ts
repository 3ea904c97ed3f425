import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "scope-services-missing";

const SERVICES = "  services:\n    - id: desk\n      name: Service desk\n";

const none = (pointer: string, line: number, column: number) => ({ messageId: "none", severity: "major", clause: "4.3", requirementId: "sms-scope", pointer, line, column });

describe(RULE, () => {
  const cases = [
    { name: "one service in scope", yaml: MINIMAL, findings: [] },
    { name: "an empty list: reported on its key", yaml: MINIMAL.replace(SERVICES, "  services: []\n"), findings: [none("/scope/services", 4, 3)] },
    { name: "no list: reported on `scope`", yaml: MINIMAL.replace(SERVICES, ""), findings: [none("/scope", 3, 1)] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("words the finding", () => {
    const finding = checkYaml(MINIMAL.replace(SERVICES, "")).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("the scope lists no services");
  });
});
