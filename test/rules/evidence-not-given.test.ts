import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "evidence-not-given";

// Lines 1-9 of MINIMAL, then `documents:` on line 10; the first document starts at line 11, column 5.
const HEAD = MINIMAL.replace("documents: []\n", "");
const withDocument = (status: string | undefined, evidence = "", satisfies = "[service-management-policy]") => `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: ${satisfies}
${status === undefined ? "" : `    status: ${status}\n`}${evidence}`;

// Registers without evidence are no longer this rule's business (requirement-not-covered speaks).
const REGISTERS = `records:
  registers:
    - id: LOG-1
      title: Incident log
      satisfies: [incident-records]
    - id: LOG-2
      title: Change log
      satisfies: [change-records]
      evidence: logs/changes.xlsx
`;

const document = (requirementId?: string) => ({
  messageId: "document",
  severity: "minor",
  clause: "7.5.3",
  ...(requirementId ? { requirementId } : {}),
  pointer: "/documents/0",
  line: 11,
  column: 5,
});

const FILES = { "docs/policy.pdf": "x", "logs/changes.xlsx": "x" };

describe(RULE, () => {
  const cases = [
    { name: "an approved document without evidence", yaml: withDocument("approved"), findings: [document("service-management-policy")] },
    { name: "an approved document claiming nothing, without evidence", yaml: withDocument("approved", "", "[]"), findings: [document()] },
    { name: "an approved document with evidence", yaml: withDocument("approved", "    evidence: docs/policy.pdf\n"), findings: [] },
    { name: "an approved document whose file is missing: left to evidence-missing", yaml: withDocument("approved", "    evidence: docs/nowhere.pdf\n"), findings: [] },
    { name: "a draft without evidence", yaml: withDocument("draft"), findings: [] },
    { name: "a document in review without evidence", yaml: withDocument("in-review"), findings: [] },
    { name: "a retired document without evidence", yaml: withDocument("retired"), findings: [] },
    { name: "a document without a status or evidence", yaml: withDocument(undefined), findings: [] },
    { name: "a register without evidence is not reported", yaml: `${MINIMAL}${REGISTERS}`, findings: [] },
    {
      name: "only the approved document is reported, not the register beside it",
      yaml: `${withDocument("approved")}${REGISTERS}`,
      findings: [document("service-management-policy")],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files: FILES }), RULE)).toEqual(c.findings));

  it("names the document", () => {
    const findings = checkYaml(`${withDocument("approved")}${REGISTERS}`, { files: FILES }).findings.filter((f) => f.ruleId === RULE);
    expect(findings.map((f) => f.message)).toEqual(["approved document POL-1 names no evidence file"]);
    expect(findings[0].category).toBe("nonconformity");
  });
});
