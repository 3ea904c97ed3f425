import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "evidence-not-given";

// Lines 1-9 of MINIMAL, then `documents:` on line 10; the first document starts at line 11, column 5.
const HEAD = MINIMAL.replace("documents: []\n", "");
const withDocument = (status: string, evidence = "") => `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    status: ${status}
${evidence}`;

const registers = `${MINIMAL}records:
  registers:
    - id: LOG-1
      title: Incident log
      satisfies: [incident-records]
    - id: LOG-2
      title: Change log
      satisfies: [change-records]
      evidence: logs/changes.xlsx
`;

describe(RULE, () => {
  const cases = [
    {
      name: "an approved document without evidence",
      yaml: withDocument("approved"),
      findings: [{ messageId: "document", severity: "minor", clause: "7.5.3", requirementId: "service-management-policy", pointer: "/documents/0", line: 11, column: 5 }],
    },
    { name: "an approved document with evidence", yaml: withDocument("approved", "    evidence: docs/policy.pdf\n"), findings: [] },
    { name: "an approved document whose file is missing: left to evidence-missing", yaml: withDocument("approved", "    evidence: docs/nowhere.pdf\n"), findings: [] },
    { name: "a draft without evidence", yaml: withDocument("draft"), findings: [] },
    {
      name: "a register without evidence, beside one with",
      yaml: registers,
      findings: [{ messageId: "register", severity: "minor", clause: "7.5.3", requirementId: "incident-records", pointer: "/records/registers/0", line: 13, column: 7 }],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files: { "docs/policy.pdf": "x", "logs/changes.xlsx": "x" } }), RULE)).toEqual(c.findings));

  it("names the document or register", () => {
    const message = (yaml: string) => checkYaml(yaml).findings.find((f) => f.ruleId === RULE)?.message;
    expect(message(withDocument("approved"))).toBe("approved document POL-1 names no evidence file");
    expect(message(registers)).toBe("register LOG-1 names no evidence file");
  });
});
