import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "nonconformity-closure-unevidenced";

// MINIMAL is 10 lines; `records:` is line 11, `nonconformities:` 12, the entry from line 13.
// `due` (when given) is on line 17 and `closed` on 18 (17 without `due`), value at column 15. As-of is
// 2026-11-21 throughout.
const withNonconformity = (grade: string, more: string) => `${MINIMAL}records:
  nonconformities:
    - id: NC-1
      description: Emergency changes made without approval
      grade: ${grade}
      raised: 2026-08-27
${more}`;

const finding = (messageId: string, severity: string, clause: string, line: number) => ({
  messageId,
  severity,
  clause,
  requirementId: "nonconformity-records",
  pointer: "/records/nonconformities/0/closed",
  line,
  column: 15,
});

describe(RULE, () => {
  const cases = [
    { name: "a major one closed before its due date with no record, now past it: open and overdue, a major", yaml: withNonconformity("major", "      due: 2026-10-23\n      closed: 2026-10-21\n"), findings: [finding("overdue", "major", "10.1", 18)] },
    { name: "a minor one likewise: a minor", yaml: withNonconformity("minor", "      due: 2026-10-23\n      closed: 2026-10-21\n"), findings: [finding("overdue", "minor", "10.1", 18)] },
    { name: "its own clause is used while it stands", yaml: withNonconformity("major", '      clause: "8.5.1.3"\n      due: 2026-10-23\n      closed: 2026-10-21\n'), findings: [finding("overdue", "major", "8.5.1.3", 19)] },
    { name: "a major one not yet due: the missing record alone, a minor", yaml: withNonconformity("major", "      due: 2026-12-31\n      closed: 2026-11-10\n"), findings: [finding("unverified", "minor", "10.1", 18)] },
    { name: "due on the as-of day: not yet overdue", yaml: withNonconformity("major", "      due: 2026-11-21\n      closed: 2026-11-10\n"), findings: [finding("unverified", "minor", "10.1", 18)] },
    { name: "no due date: the missing record alone", yaml: withNonconformity("major", "      closed: 2026-10-21\n"), findings: [finding("unverified", "minor", "10.1", 17)] },
    { name: "closed with its record on file", yaml: withNonconformity("major", "      due: 2026-10-23\n      closed: 2026-10-21\n      evidence: records/nc-1.md\n"), files: { "records/nc-1.md": "# NC-1\n" }, findings: [] },
    { name: "its named record missing, past the due date: open and overdue", yaml: withNonconformity("major", "      due: 2026-10-23\n      closed: 2026-10-21\n      evidence: records/nc-1.md\n"), findings: [finding("overdue", "major", "10.1", 18)] },
    { name: "its named record missing before the due date: evidence-missing speaks", yaml: withNonconformity("major", "      due: 2026-12-31\n      closed: 2026-11-10\n      evidence: records/nc-1.md\n"), findings: [] },
    { name: "still open: nonconformity-overdue speaks, not this rule", yaml: withNonconformity("major", "      due: 2026-10-23\n"), findings: [] },
    { name: "a closure dated after as-of had not happened yet", yaml: withNonconformity("major", "      due: 2026-10-23\n      closed: 2026-12-05\n"), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21", files: c.files }), RULE)).toEqual(c.findings));

  it("says why it counts as open, and for how long it has been due", () => {
    const report = checkYaml(withNonconformity("major", "      due: 2026-10-23\n      closed: 2026-10-21\n"), { asOf: "2026-11-21" });
    expect(report.findings.find((f) => f.ruleId === RULE)?.message).toBe(
      "major nonconformity NC-1 is marked closed on 2026-10-21, but no record of its corrective action is on file, so it counts as open, 29 days after it was due on 2026-10-23",
    );
    expect(report.verdict.status).toBe("not-ready");
  });

  it("and in Chinese", () => {
    const report = checkYaml(withNonconformity("minor", "      closed: 2026-10-21\n"), { asOf: "2026-11-21", lang: "zh-CN" });
    expect(report.findings.find((f) => f.ruleId === RULE)?.message).toBe("一般不符合项 NC-1 标为 2026-10-21 关闭，但未指明纠正措施记录，关闭无法验证");
  });
});
