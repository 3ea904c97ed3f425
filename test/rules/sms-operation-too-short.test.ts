import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "sms-operation-too-short";

// MINIMAL starts the SMS on 2026-01-05 (line 9, column 14). The core documents of the documented
// system, in one manual: `documents:` line 10, status 14, approvalDate 15, firstIssued 16.
const documented = (status: string, approvalDate: string, firstIssued?: string) =>
  MINIMAL.replace(
    "documents: []\n",
    `documents:
  - id: SMS-1
    title: SMS manual
    satisfies: [sms-scope, sms-processes, service-management-policy, service-management-objectives, service-management-plan]
    status: ${status}
    approvalDate: ${approvalDate}
${firstIssued ? `    firstIssued: ${firstIssued}\n` : ""}`,
  );

const ISSUED_BEFORE_START = documented("approved", "2025-12-01");
const at = (messageId: string, pointer: string, line: number, column: number) => ({ messageId, severity: "major", clause: undefined, pointer, line, column });

describe(RULE, () => {
  const cases = [
    { name: "three months have passed", yaml: ISSUED_BEFORE_START, asOf: "2026-04-05", findings: [] },
    { name: "one day short of three months", yaml: ISSUED_BEFORE_START, asOf: "2026-04-04", findings: [at("tooShort", "/sms/startDate", 9, 14)] },
    { name: "start date after the assessment date", yaml: ISSUED_BEFORE_START, asOf: "2026-01-01", findings: [at("notStarted", "/sms/startDate", 9, 14)] },
    {
      name: "documents first issued after the start: three months count from their issue",
      yaml: documented("approved", "2026-06-01"),
      asOf: "2026-08-01",
      findings: [at("documentedLater", "/documents/0/approvalDate", 15, 19)],
    },
    { name: "a re-approval after an earlier first issue does not restart the clock", yaml: documented("approved", "2026-06-01", "2025-11-01"), asOf: "2026-08-01", findings: [] },
    {
      name: "a first issue after the start, recorded as such",
      yaml: documented("approved", "2026-07-01", "2026-06-01"),
      asOf: "2026-08-01",
      findings: [at("documentedLater", "/documents/0/firstIssued", 16, 18)],
    },
    { name: "every core document a draft: nothing to operate by", yaml: documented("draft", "2025-12-01"), asOf: "2026-11-21", findings: [at("notDocumented", "/documents", 10, 1)] },
    { name: "no documents at all", yaml: MINIMAL, asOf: "2026-11-21", findings: [at("notDocumented", "/documents", 10, 1)] },
    { name: "approved only after the assessment date: not yet in force", yaml: documented("approved", "2026-12-01"), asOf: "2026-11-21", findings: [at("notDocumented", "/documents", 10, 1)] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: c.asOf }), RULE)).toEqual(c.findings));

  it("gives the earliest application date: three months after the later of start and issue", () => {
    const early = checkYaml(ISSUED_BEFORE_START, { asOf: "2026-03-01" }).findings.find((f) => f.ruleId === RULE);
    expect(early?.message).toBe("the SMS has run 55 days since 2026-01-05; it needs three months, so apply on or after 2026-04-05");
    expect([early?.category, early?.blocking, early?.blockingUntil]).toEqual(["prerequisite", true, "2026-04-05"]);
    const late = checkYaml(documented("approved", "2026-06-01"), { asOf: "2026-08-01" }).findings.find((f) => f.ruleId === RULE);
    expect(late?.message).toBe(
      "the SMS started on 2026-01-05, but its documented system was complete only on 2026-06-01, when SMS-1 was first issued; three months of operation count from then, so apply on or after 2026-09-01",
    );
    expect(late?.blockingUntil).toBe("2026-09-01");
    const drafts = checkYaml(documented("draft", "2025-12-01")).findings.find((f) => f.ruleId === RULE);
    expect(drafts?.blockingUntil).toBeUndefined();
  });
});
