import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "document-control-incomplete";

// Lines 1-9 of MINIMAL; `documents:` is line 10 and the first document starts on line 11, column 5.
const HEAD = MINIMAL.replace("documents: []\n", "");
const withDocument = (fields: string, satisfies = "[service-management-policy]") => `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: ${satisfies}
${fields}`;

const complete = `    owner: Head of service
    version: "2.0"
    status: approved
    approvalDate: 2026-01-10
    nextReviewDate: 2027-01-10
`;

const fields = (requirementId?: string) => ({
  messageId: "fields",
  severity: "minor",
  clause: "7.5.3",
  ...(requirementId ? { requirementId } : {}),
  pointer: "/documents/0",
  line: 11,
  column: 5,
});

describe(RULE, () => {
  const cases = [
    { name: "an approved document with every control field", yaml: withDocument(complete), findings: [] },
    { name: "no owner, version or status", yaml: withDocument(""), findings: [fields("service-management-policy")] },
    { name: "approved without approval and review dates", yaml: withDocument('    owner: Head of service\n    version: "2.0"\n    status: approved\n'), findings: [fields("service-management-policy")] },
    { name: "a draft needs no approval or review date", yaml: withDocument('    owner: Head of service\n    version: "0.3"\n    status: draft\n'), findings: [] },
    { name: "a retired document is not checked", yaml: withDocument("    status: retired\n"), findings: [] },
    { name: "a document that satisfies nothing carries no requirement id", yaml: withDocument("", "[]"), findings: [fields()] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("lists the missing fields in order", () => {
    const message = (yaml: string) => checkYaml(yaml).findings.find((f) => f.ruleId === RULE)?.message;
    expect(message(withDocument(""))).toBe("document POL-1 lacks owner, version, status");
    expect(message(withDocument('    owner: Head of service\n    version: "2.0"\n    status: approved\n'))).toBe("document POL-1 lacks approval date, next review date");
    expect(message(withDocument('    version: "2.0"\n    status: approved\n    approvalDate: 2026-01-10\n'))).toBe("document POL-1 lacks owner, next review date");
  });
});
