import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "unknown-service-reference";

// Lines 1-9 of MINIMAL (one service, desk), then `documents:` on line 10; `services:` is the
// document's fifth line, 15, its list opening at column 15.
const HEAD = MINIMAL.replace("documents: []\n", "");
const withServices = (services: string, satisfies = "[service-level-agreements]") => `${HEAD}documents:
  - id: SLA-1
    title: Service level agreement
    satisfies: ${satisfies}
    status: approved
${services}`;

const unknown = (requirementId: string | undefined, index: number, column: number) => ({
  messageId: "unknown",
  severity: "minor",
  clause: "4.3",
  ...(requirementId ? { requirementId } : {}),
  pointer: `/documents/0/services/${index}`,
  line: 15,
  column,
});

describe(RULE, () => {
  const cases = [
    { name: "a document for every service", yaml: withServices(""), findings: [] },
    { name: "a document naming a known service", yaml: withServices("    services: [desk]\n"), findings: [] },
    { name: "a typo beside a known service", yaml: withServices("    services: [desk, hostng]\n"), findings: [unknown("service-level-agreements", 1, 22)] },
    {
      name: "two unknown services, and no requirement to name",
      yaml: withServices("    services: [mail, hosting]\n", "[]"),
      findings: [unknown(undefined, 0, 16), unknown(undefined, 1, 22)],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("names the document and the service", () => {
    const finding = checkYaml(withServices("    services: [desk, hostng]\n")).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("document SLA-1 names service hostng, which is not in the scope");
  });
});
