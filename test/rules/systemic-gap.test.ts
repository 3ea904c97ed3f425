import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "systemic-gap";

// One scope document (`documents:` line 10, the entry at line 11, column 5) with up to three minors:
// no owner or version (document-control-incomplete), review overdue, no evidence file named.
const scopeDocument = (nextReviewDate: string, owner = "") =>
  MINIMAL.replace(
    "documents: []\n",
    `documents:
  - id: SC-1
    title: SMS scope
    satisfies: [sms-scope]
${owner}    status: approved
    approvalDate: 2026-01-02
    nextReviewDate: ${nextReviewDate}
`,
  );

const waiver = "waivers:\n  - id: W-1\n    rule: evidence-not-given\n    justification: Kept in the DMS\n    approver: CEO\n    expires: 2027-06-30\n";

describe(RULE, () => {
  it("three minors against one requirement are one major, at the first of them", () => {
    const report = checkYaml(scopeDocument("2026-10-01"));
    expect(findingsOf(report, RULE)).toEqual([
      { messageId: "minors", severity: "major", clause: "4.3", requirementId: "sms-scope", pointer: "/documents/0", line: 11, column: 5 },
    ]);
    expect(report.findings.find((f) => f.ruleId === RULE)?.message).toBe(
      '3 minor nonconformities concern "Scope of the SMS" (document-control-incomplete, document-review-overdue, evidence-not-given): together they show it is not under control',
    );
    // The minors stay, as its evidence.
    expect(report.findings.filter((f) => f.requirementId === "sms-scope" && f.severity === "minor")).toHaveLength(3);
  });

  it("two minors are two minors", () => {
    expect(findingsOf(checkYaml(scopeDocument("2027-10-01")), RULE)).toEqual([]);
  });

  it("a minor accepted by a waiver does not count", () => {
    expect(findingsOf(checkYaml(scopeDocument("2026-10-01") + waiver), RULE)).toEqual([]);
  });
});
