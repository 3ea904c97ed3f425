import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "recommended-document-missing";

// MINIMAL is 10 lines with `documents: []` on line 10, where every finding of this rule points.
const HEAD = MINIMAL.replace("documents: []\n", "");

const draftBudget = `${HEAD}documents:
  - id: FIN-1
    title: Service budget
    satisfies: [service-budget]
    status: draft
`;

const assetRegister = `${MINIMAL}records:
  registers:
    - id: CMDB
      title: Asset register
      satisfies: [asset-register]
`;

const missing = (messageId: string, requirementId: string, clause: string) => ({
  messageId,
  severity: "observation",
  clause,
  requirementId,
  pointer: "/documents",
  line: 10,
  column: 1,
});

/** The findings of this rule about one requirement. */
const about = (requirementId: string, yaml: string) => findingsOf(checkYaml(yaml), RULE).filter((f) => f.requirementId === requirementId);

describe(RULE, () => {
  const cases = [
    { name: "a recommended document nothing claims", requirement: "service-budget", yaml: MINIMAL, findings: [missing("document", "service-budget", "8.4.1")] },
    { name: "a recommended record nothing keeps", requirement: "asset-register", yaml: MINIMAL, findings: [missing("record", "asset-register", "8.2.5")] },
    { name: "a draft claims it", requirement: "service-budget", yaml: draftBudget, findings: [] },
    { name: "a register keeps it", requirement: "asset-register", yaml: assetRegister, findings: [] },
    { name: "a mandatory document is not this rule's business", requirement: "sms-scope", yaml: MINIMAL, findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(about(c.requirement, c.yaml)).toEqual(c.findings));

  it("words documents and records apart", () => {
    const messages = checkYaml(MINIMAL).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
    expect(messages).toContain('recommended document "Service budget and accounting" is not in the SMS');
    expect(messages).toContain('recommended record "Asset register" is not kept');
  });
});
