import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "management-review-missing";
const FILES = { "audits/ia-1.md": "# Internal audit report\n", "reviews/mr-1.md": "# Management review minutes\n" };

// MINIMAL is 10 lines and starts the SMS on 2026-01-05. With an audit (lines 12-17) the reviews start
// at line 18 (`managementReviews:`), the review's id at 19, date 20, status 21, evidence 22.
const AUDIT = `  internalAudits:
    - id: IA-1
      date: 2026-06-01
      status: completed
      clauses: ["4", "5", "6", "7", "8", "9", "10"]
      evidence: audits/ia-1.md
`;
const PLANNED_AUDIT = AUDIT.replace("2026-06-01", "2027-01-20").replace("completed", "planned");

const withReview = (date: string, status: string, evidence?: string, audit = AUDIT) => `${MINIMAL}records:
${audit}  managementReviews:
    - id: MR-1
      date: ${date}
      status: ${status}
${evidence ? `      evidence: ${evidence}\n` : ""}`;

const base = { severity: "major", clause: undefined, requirementId: "management-review-results" };
const at = (messageId: string, pointer: string, line: number, column: number) => ({ messageId, ...base, pointer, line, column });

// As-of is 2026-11-21 throughout.
describe(RULE, () => {
  const cases = [
    { name: "no records at all: reported at the top of the file", yaml: MINIMAL, findings: [at("none", "/records", 1, 1)] },
    { name: "an audit but no review: reported on `records`", yaml: `${MINIMAL}records:\n${AUDIT}`, findings: [at("none", "/records", 11, 1)] },
    { name: "a review after the audit, with minutes, counts", yaml: withReview("2026-07-01", "completed", "reviews/mr-1.md"), findings: [] },
    { name: "a review on the audit's day counts", yaml: withReview("2026-06-01", "completed", "reviews/mr-1.md"), findings: [] },
    { name: "a review without minutes does not count", yaml: withReview("2026-07-01", "completed"), findings: [at("noMinutes", "/records/managementReviews/0", 19, 7)] },
    { name: "a review whose minutes file does not exist does not count", yaml: withReview("2026-07-01", "completed", "reviews/mr-9.md"), findings: [at("noMinutes", "/records/managementReviews/0/evidence", 22, 17)] },
    { name: "a review before the audit has not seen its results", yaml: withReview("2026-05-01", "completed", "reviews/mr-1.md"), findings: [at("beforeAudit", "/records/managementReviews/0/date", 20, 13)] },
    { name: "a review before the SMS started does not count", yaml: withReview("2025-12-01", "completed", "reviews/mr-1.md"), findings: [at("beforeStart", "/records/managementReviews/0/date", 20, 13)] },
    { name: "a planned review after the audit: planned, on its date", yaml: withReview("2026-12-15", "planned"), findings: [at("planned", "/records/managementReviews/0/date", 20, 13)] },
    {
      name: "a review recorded as completed on a day after as-of is still to come, and said to be recorded as completed",
      yaml: withReview("2026-12-15", "completed", "reviews/mr-1.md"),
      findings: [at("completedLater", "/records/managementReviews/0/date", 20, 13)],
    },
    {
      name: "a review planned before the planned audit cannot consider its results",
      yaml: withReview("2026-12-15", "planned", undefined, PLANNED_AUDIT),
      findings: [at("plannedBeforeAudit", "/records/managementReviews/0/date", 20, 13)],
    },
    { name: "a review planned after the planned audit is time-bound", yaml: withReview("2027-02-10", "planned", undefined, PLANNED_AUDIT), findings: [at("planned", "/records/managementReviews/0/date", 20, 13)] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21", files: FILES }), RULE)).toEqual(c.findings));

  it("an audit held without its report still came first: the review counts, the audit's report is the audit's finding", () => {
    const report = checkYaml(withReview("2026-07-01", "completed", "reviews/mr-1.md", AUDIT.replace("audits/ia-1.md", "audits/ia-9.md")), { files: FILES });
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(findingsOf(report, "internal-audit-missing").map((f) => f.messageId)).toEqual(["noReport"]);
  });

  it("a review before the audit, with the next one planned: said so, and time-bound", () => {
    const twoReviews = withReview("2026-05-01", "completed", "reviews/mr-1.md") + "    - id: MR-2\n      date: 2027-01-15\n      status: planned\n";
    const report = checkYaml(twoReviews, { files: FILES });
    expect(findingsOf(report, RULE)).toEqual([at("beforeAuditPlanned", "/records/managementReviews/0/date", 20, 13)]);
    const finding = report.findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe(
      "management review MR-1 (2026-05-01) came before any internal audit of the running SMS, so top management has not yet seen audit results; the next, MR-2, is planned for 2027-01-15",
    );
    expect(finding?.blockingUntil).toBe("2027-01-15");
  });

  it("a review recorded as completed on a later day: the file's claim is said, and how to correct it, in both languages", () => {
    const yaml = withReview("2026-12-15", "completed", "reviews/mr-1.md");
    const en = checkYaml(yaml, { files: FILES }).findings.find((f) => f.ruleId === RULE);
    expect([en?.message, en?.blockingUntil, en?.howToRecord]).toEqual([
      "no management review of the running SMS was held by the assessment date; MR-1 is recorded as completed, but on 2026-12-15, after it",
      "2026-12-15",
      "Set the review's `date` to the day it was held, or its `status` to `planned`.",
    ]);
    const zh = checkYaml(yaml, { files: FILES, lang: "zh-CN" }).findings.find((f) => f.ruleId === RULE);
    expect(zh?.message).toBe("截至评估日期，尚未对运行中的体系进行管理评审；MR-1 记为已完成，但日期 2026-12-15 晚于评估日期");
  });

  it("blocks the application, until the planned review's date when it is planned after the audit", () => {
    const planned = checkYaml(withReview("2027-02-10", "planned", undefined, PLANNED_AUDIT), { files: FILES }).findings.find((f) => f.ruleId === RULE);
    expect([planned?.category, planned?.blocking, planned?.blockingUntil]).toEqual(["prerequisite", true, "2027-02-10"]);
    const misplanned = checkYaml(withReview("2026-12-15", "planned", undefined, PLANNED_AUDIT), { files: FILES }).findings.find((f) => f.ruleId === RULE);
    expect(misplanned?.message).toBe("management review MR-1 is planned for 2026-12-15, before the internal audit (2027-01-20) whose results it should consider");
    expect(misplanned?.blockingUntil).toBeUndefined();
  });
});
