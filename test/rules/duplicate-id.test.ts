import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "duplicate-id";

// Lines 1-9 of MINIMAL, then `documents:` on line 10; each document takes three lines from line 11.
const HEAD = MINIMAL.replace("documents: []\n", "");
const doc = (id: string, title: string) => `  - id: ${id}\n    title: ${title}\n    satisfies: []\n`;

const twoDocuments = `${HEAD}documents:
${doc("POL-1", "Policy")}${doc("POL-1", "Policy copy")}`;

const threeDocuments = `${HEAD}documents:
${doc("POL-1", "Policy")}${doc("POL-2", "Plan")}${doc("POL-1", "Policy copy")}${doc("POL-1", "Policy third copy")}`;

const documentAndRegister = `${HEAD}documents:
${doc("LOG-1", "Incident procedure")}records:
  registers:
    - id: LOG-1
      title: Incident log
      satisfies: [incident-records]
`;

const distinct = `${HEAD}documents:
${doc("POL-1", "Policy")}${doc("pol-1", "Another policy")}records:
  registers:
    - id: LOG-1
      title: Incident log
      satisfies: [incident-records]
`;

const duplicate = (pointer: string, line: number, column: number) => ({ messageId: "duplicate", severity: "minor", clause: "7.5.2", pointer, line, column });

describe(RULE, () => {
  const cases = [
    { name: "two documents with one id: the second is reported", yaml: twoDocuments, findings: [duplicate("/documents/1/id", 14, 9)] },
    { name: "every repeat is reported", yaml: threeDocuments, findings: [duplicate("/documents/2/id", 17, 9), duplicate("/documents/3/id", 20, 9)] },
    { name: "a register reusing a document's id", yaml: documentAndRegister, findings: [duplicate("/records/registers/0/id", 16, 11)] },
    { name: "distinct ids (case matters)", yaml: distinct, findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("names the entry that has the id first, by its title", () => {
    const messages = checkYaml(threeDocuments).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
    expect(messages).toEqual(["“Policy copy” has the id POL-1, which “Policy” already has", "“Policy third copy” has the id POL-1, which “Policy” already has"]);
  });

  it("is a minor nonconformity of document identification, not a blocker", () => {
    const findings = checkYaml(twoDocuments).findings.filter((f) => f.ruleId === RULE);
    expect(findings.map(({ category, severity, clause, blocking }) => ({ category, severity, clause, blocking }))).toEqual([
      { category: "nonconformity", severity: "minor", clause: "7.5.2", blocking: undefined },
    ]);
  });
});
