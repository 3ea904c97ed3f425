import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "document-not-approved";

// Lines 1-9 of MINIMAL, then `documents:` on line 10.
const HEAD = MINIMAL.replace("documents: []\n", "");

const draftPolicy = `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    status: draft
`;

const draftTwoRequirements = `${HEAD}documents:
  - id: CAT-1
    title: Service catalogue and scope
    satisfies: [service-catalogue, sms-scope]
    status: in-review
`;

const noStatus = `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
`;

const draftAndApproved = `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    status: draft
  - id: POL-0
    title: Service management policy (current)
    satisfies: [service-management-policy]
    status: approved
`;

const retiredThenInReview = `${HEAD}documents:
  - id: POL-0
    title: Old policy
    satisfies: [service-management-policy]
    status: retired
  - id: POL-1
    title: New policy
    satisfies: [service-management-policy]
    status: in-review
`;

const onlyRetired = `${HEAD}documents:
  - id: POL-0
    title: Old policy
    satisfies: [service-management-policy]
    status: retired
`;

const unapproved = (requirementId: string, clause: string, pointer: string, line: number, column: number) => ({
  messageId: "unapproved",
  severity: "minor",
  clause,
  requirementId,
  pointer,
  line,
  column,
});

describe(RULE, () => {
  const cases = [
    { name: "a draft is the only document", yaml: draftPolicy, findings: [unapproved("service-management-policy", "5.2.1", "/documents/0/status", 14, 13)] },
    {
      name: "one unapproved document speaks for each requirement it claims, in clause order",
      yaml: draftTwoRequirements,
      findings: [
        unapproved("sms-scope", "4.3", "/documents/0/status", 14, 13),
        unapproved("service-catalogue", "8.2.4", "/documents/0/status", 14, 13),
      ],
    },
    { name: "no status at all: reported on the document", yaml: noStatus, findings: [unapproved("service-management-policy", "5.2.1", "/documents/0", 11, 5)] },
    { name: "an approved document beside the draft", yaml: draftAndApproved, findings: [] },
    { name: "a retired and an in-review document: the in-review one is named", yaml: retiredThenInReview, findings: [unapproved("service-management-policy", "5.2.1", "/documents/1/status", 18, 13)] },
    { name: "only retired documents: left to document-retired", yaml: onlyRetired, findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("names the document and its status", () => {
    const message = (yaml: string) => checkYaml(yaml).findings.find((f) => f.ruleId === RULE)?.message;
    expect(message(draftPolicy)).toBe('"service-management-policy" rests only on document POL-1, which is draft, not approved');
    expect(message(noStatus)).toBe('"service-management-policy" rests only on document POL-1, which is —, not approved');
  });
});
