import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "document-retired";

// Lines 1-9 of MINIMAL, then `documents:` on line 10.
const HEAD = MINIMAL.replace("documents: []\n", "");
const policy = (id: string, status: string) => `  - id: ${id}
    title: Service management policy ${id}
    satisfies: [service-management-policy]
    status: ${status}
`;

const retired = (pointer: string, line: number) => ({
  messageId: "retired",
  severity: "major",
  clause: "5.2.1",
  requirementId: "service-management-policy",
  pointer,
  line,
  column: 13,
});

describe(RULE, () => {
  const cases = [
    { name: "the only document is retired", yaml: `${HEAD}documents:\n${policy("POL-1", "retired")}`, findings: [retired("/documents/0/status", 14)] },
    {
      name: "every document is retired: the last one is named",
      yaml: `${HEAD}documents:\n${policy("POL-1", "retired")}${policy("POL-2", "retired")}`,
      findings: [retired("/documents/1/status", 18)],
    },
    { name: "a retired one beside an approved one", yaml: `${HEAD}documents:\n${policy("POL-1", "retired")}${policy("POL-2", "approved")}`, findings: [] },
    { name: "a retired one beside a draft: left to document-not-approved", yaml: `${HEAD}documents:\n${policy("POL-1", "retired")}${policy("POL-2", "draft")}`, findings: [] },
    { name: "no document at all: left to required-document-missing", yaml: MINIMAL, findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("names the retired document", () => {
    const finding = checkYaml(`${HEAD}documents:\n${policy("POL-1", "retired")}${policy("POL-2", "retired")}`).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe('"service-management-policy" rests only on retired document POL-2');
  });
});
