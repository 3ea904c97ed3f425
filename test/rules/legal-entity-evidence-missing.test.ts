import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "legal-entity-evidence-missing";

// `legalEntity:` goes on line 3, column 3; its fields follow from line 4, indented by four.
const withEntity = (fields: string) => MINIMAL.replace("  name: Test Org\n", `  name: Test Org\n  legalEntity:\n${fields}`);

// A prerequisite: no clause of the standard, severity kept "major" internally.
const base = { severity: "major", clause: undefined };

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
    {
      name: "a copy of the licence but no registration id",
      yaml: withEntity("    evidence: licence.pdf\n"),
      findings: [{ messageId: "fields", ...base, pointer: "/organization/legalEntity", line: 3, column: 3 }],
    },
    { name: "a registration id and a licence that exists", yaml: withEntity('    registrationId: "91310000MA1FL0000X"\n    evidence: licence.pdf\n'), findings: [] },
    {
      name: "a licence file that does not exist",
      yaml: withEntity('    registrationId: "91310000MA1FL0000X"\n    evidence: nowhere.pdf\n'),
      findings: [{ messageId: "fileMissing", ...base, pointer: "/organization/legalEntity/evidence", line: 5, column: 15 }],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files: { "licence.pdf": "x" } }), RULE)).toEqual(c.findings));

  it("the missing licence file is this rule's, not evidence-missing's", () => {
    const report = checkYaml(withEntity('    registrationId: "91310000MA1FL0000X"\n    evidence: nowhere.pdf\n'));
    expect(findingsOf(report, RULE).map((f) => f.messageId)).toEqual(["fileMissing"]);
    expect(findingsOf(report, "evidence-missing")).toEqual([]);
  });

  it("says what is missing", () => {
    const finding = (yaml: string) => checkYaml(yaml).findings.find((f) => f.ruleId === RULE);
    expect(finding(withEntity("    name: Test Org Ltd.\n"))?.message).toBe("the legal entity lacks registration number, copy of the business licence");
    expect(finding(withEntity("    evidence: licence.pdf\n"))?.message).toBe("the legal entity lacks registration number");
    expect(finding(MINIMAL)?.message).toBe("the organisation's legal entity is not described");
    expect(finding(withEntity('    registrationId: "91310000MA1FL0000X"\n    evidence: nowhere.pdf\n'))?.message).toBe(
      "the copy of the business licence, nowhere.pdf, does not exist",
    );
  });

  it("is a blocking prerequisite without a clause", () => {
    for (const yaml of [MINIMAL, withEntity("    name: Test Org Ltd.\n"), withEntity('    registrationId: "91310000MA1FL0000X"\n    evidence: nowhere.pdf\n')]) {
      const finding = checkYaml(yaml).findings.find((f) => f.ruleId === RULE);
      expect(finding).toBeDefined();
      expect(finding?.category).toBe("prerequisite");
      expect(finding?.blocking).toBe(true);
      expect(finding).not.toHaveProperty("clause");
    }
  });
});
