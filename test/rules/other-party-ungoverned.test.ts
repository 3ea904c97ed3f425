import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "other-party-ungoverned";

// `otherParties:` goes on line 8, the party on line 9, column 7; lines 10 and 11 are its kind and processes, 12 its governedBy.
const withParty = (more: string, documents = "documents: []\n") =>
  MINIMAL.replace('  businessCategories: ["06.04"]\n', `  businessCategories: ["06.04"]
  otherParties:
    - name: CloudCo
      kind: external-supplier
      processes: ["8.7.1"]
${more}`).replace("documents: []\n", documents);

const contract = `documents:
  - id: SUP-1
    title: Hosting contract with CloudCo
    satisfies: [external-supplier-contracts]
`;

const base = { severity: "minor", clause: "8.2.3", requirementId: "other-party-governance" };

describe(RULE, () => {
  const cases = [
    { name: "no governedBy", yaml: withParty(""), findings: [{ messageId: "ungoverned", ...base, pointer: "/scope/otherParties/0", line: 9, column: 7 }] },
    { name: "an empty governedBy", yaml: withParty("      governedBy: []\n"), findings: [{ messageId: "ungoverned", ...base, pointer: "/scope/otherParties/0", line: 9, column: 7 }] },
    { name: "governed by a document in the SMS", yaml: withParty("      governedBy: [SUP-1]\n", contract), findings: [] },
    {
      name: "governed by a document the SMS does not have",
      yaml: withParty("      governedBy: [SUP-1, SUP-9]\n", contract),
      findings: [{ messageId: "unknownDocument", ...base, pointer: "/scope/otherParties/0/governedBy/1", line: 12, column: 27 }],
    },
    { name: "no other parties", yaml: MINIMAL, findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("names the party and the document", () => {
    const messages = (yaml: string) => checkYaml(yaml).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
    expect(messages(withParty(""))).toEqual(["CloudCo operates SMS processes but no document shows how it is governed"]);
    expect(messages(withParty("      governedBy: [SUP-1, SUP-9]\n", contract))).toEqual(["CloudCo is governed by document SUP-9, which is not in the SMS"]);
  });
});
