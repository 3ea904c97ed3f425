import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "legal-entity-evidence-missing";

// `legalEntity:` goes on line 3, column 3.
const withEntity = (fields: string) => MINIMAL.replace("  name: Test Org\n", `  name: Test Org\n  legalEntity:\n${fields}`);

const base = { severity: "major", clause: "4.3" };

describe(RULE, () => {
  const cases = [
    { name: "no legal entity: reported on `organization`", yaml: MINIMAL, findings: [{ messageId: "noEntity", ...base, pointer: "/organization", line: 1, column: 1 }] },
    {
      name: "a name only",
      yaml: withEntity("    name: Test Org Ltd.\n"),
      findings: [{ messageId: "fields", ...base, pointer: "/organization/legalEntity", line: 3, column: 3 }],
    },
    {
      name: "a registration id but no copy of the licence",
      yaml: withEntity('    registrationId: "91310000MA1FL0000X"\n'),
      findings: [{ messageId: "fields", ...base, pointer: "/organization/legalEntity", line: 3, column: 3 }],
    },
    { name: "a registration id and a licence", yaml: withEntity('    registrationId: "91310000MA1FL0000X"\n    evidence: licence.pdf\n'), findings: [] },
    { name: "a licence file that is missing: left to evidence-missing", yaml: withEntity('    registrationId: "91310000MA1FL0000X"\n    evidence: nowhere.pdf\n'), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files: { "licence.pdf": "x" } }), RULE)).toEqual(c.findings));

  it("lists what is missing and blocks the application", () => {
    const finding = (yaml: string) => checkYaml(yaml).findings.find((f) => f.ruleId === RULE);
    expect(finding(withEntity("    name: Test Org Ltd.\n"))?.message).toBe("the legal entity lacks registrationId, evidence");
    expect(finding(withEntity("    evidence: licence.pdf\n"))?.message).toBe("the legal entity lacks registrationId");
    expect(finding(MINIMAL)?.message).toBe("the organisation's legal entity is not described");
    expect(finding(MINIMAL)?.blocking).toBe(true);
  });
});
