import { Chalk } from "chalk";
import { asGiven } from "../../src/report/formatters/source-path.js";
import { describe, expect, it } from "vitest";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { stylish } from "../../src/report/formatters/stylish.js";
import type { CheckFinding, CheckReport } from "../../src/report/model.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";

const plain = { colour: new Chalk({ level: 0 }), sourcePath: asGiven };
const ESC = "\u001b[";

/** A minor finding in clause 7 (7.5.3), at line `line` of the fixture's file; override what a test is about. */
function finding(line: number, overrides: Partial<CheckFinding> = {}): CheckFinding {
  return {
    ruleId: "document-control-incomplete",
    category: "nonconformity",
    severity: "minor",
    messageId: "rule.document-control-incomplete.fields",
    clause: "7.5.3",
    file: "policies/sms.yaml",
    line,
    column: 5,
    message: `document at line ${line} lacks owner`,
    ...overrides,
  };
}

/** The not-ready fixture with other findings, and nothing suppressed, waived or fixed to distract. */
function withFindings(findings: CheckFinding[]): CheckReport {
  return { ...notReadyReport, findings, suppressed: [], waivers: [], fixed: undefined };
}

/** The lines of one group: from its heading to the blank line that ends it. */
function group(output: string, heading: string): string[] {
  const lines = output.split("\n");
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThan(-1);
  const end = lines.indexOf("", start);
  return lines.slice(start + 1, end);
}

describe("stylish", () => {
  const output = stylish.render(notReadyReport, plain);
  const lines = output.split("\n");

  it("renders the fixture to its golden file", async () => {
    await expect(output).toMatchFileSnapshot("./__golden__/stylish.txt");
    await expect(stylish.render(readyReport, plain)).toMatchFileSnapshot("./__golden__/stylish-ready.txt");
  });

  it("is the registry's stylish format and deterministic", async () => {
    expect(await checkFormatters.stylish()).toBe(stylish);
    expect(stylish.render(notReadyReport, plain)).toBe(output);
  });

  it("prints the grade, the message, the rule and the location last, with the remedy under the message", () => {
    const at = lines.indexOf(
      '  major  Document HB-02 "Service Management Plan" is a draft; a draft does not satisfy service-management-plan  (document-not-approved)  policies/sms.yaml:48:13',
    );
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe("         Have the owner approve HB-02 and record its approval date.");
  });

  it("groups unmet prerequisites first, then findings under the scored clause with its title, those without a clause last", () => {
    const heading = (text: string) => lines.indexOf(text);
    const prerequisites = heading("Application prerequisites (the certification body's conditions)");
    const penalty = lines.findIndex((l) => l.includes("(penalty-within-year)") && l.includes("sms.yaml:17:15"));
    const audit = lines.findIndex((l) => l.includes("(internal-audit-not-done)") && l.includes("sms.yaml:121:15"));
    // In file order, as every group.
    expect(prerequisites).toBe(penalty - 1);
    expect(audit).toBe(penalty + 2);
    expect(prerequisites).toBeLessThan(heading("4 Context of the organization"));
    expect(lines[audit]).toBe(
      "  prerequisite  No internal audit has been completed yet; the first is planned for 2027-01-20  (internal-audit-not-done)  policies/sms.yaml:121:15",
    );
    const release = lines.findIndex((l) => l.includes("(evidence-file-missing)"));
    expect(heading("8.5 Service design, build and transition")).toBe(release - 1);
    // A prerequisite is not graded and has no clause: neither under 9 nor under General.
    expect(heading("9 Performance evaluation")).toBe(-1);
    expect(heading("General")).toBe(-1);
    const general = stylish.render({ ...notReadyReport, findings: [...notReadyReport.findings, { ...notReadyReport.findings[0], clause: undefined }] }, plain).split("\n");
    expect(general.indexOf("General")).toBeGreaterThan(general.indexOf("10 Improvement"));
    expect(heading("4 Context of the organization")).toBeLessThan(heading("6 Planning"));
    // No heading for a clause without findings.
    expect(heading("5 Leadership")).toBe(-1);
  });

  it("orders each clause by grade, then by position, whatever the sub-clause", () => {
    const scrambled = withFindings([
      finding(10, { severity: "observation", clause: "7.1", ruleId: "resource-plan-missing", message: "observation at 10" }),
      finding(30, { message: "minor at 30" }),
      finding(50, { severity: "major", clause: "7.2", ruleId: "required-record-missing", message: "major at 50" }),
      finding(20, { message: "minor at 20" }),
      finding(5, { severity: "major", clause: "7.5.4", ruleId: "required-document-missing", message: "major at 5" }),
      finding(40, { severity: "observation", ruleId: "document-review-due-soon", message: "observation at 40" }),
    ]);
    expect(group(stylish.render(scrambled, plain), "7 Support of the service management system")).toEqual([
      "  major        major at 5  (required-document-missing)  policies/sms.yaml:5:5",
      "  major        major at 50  (required-record-missing)  policies/sms.yaml:50:5",
      "  minor        minor at 20  (document-control-incomplete)  policies/sms.yaml:20:5",
      "  minor        minor at 30  (document-control-incomplete)  policies/sms.yaml:30:5",
      "  observation  observation at 10  (resource-plan-missing)  policies/sms.yaml:10:5",
      "  observation  observation at 40  (document-review-due-soon)  policies/sms.yaml:40:5",
    ]);
  });

  it("says a remedy once, after the last of the findings of a rule in a clause that share it, and how to record it once", () => {
    const control = { remedy: "Complete the control details.", howToRecord: "Fill in `owner` and `version`." };
    const report = withFindings([
      finding(10, control),
      finding(20, { ruleId: "document-review-overdue", message: "review overdue at 20", remedy: "Review the document." }),
      finding(30, control),
      finding(50, control),
      // Another clause: said again there.
      finding(60, { ...control, clause: "8.5.3" }),
    ]);
    const rendered = stylish.render(report, plain);
    expect(group(rendered, "7 Support of the service management system")).toEqual([
      "  minor  document at line 10 lacks owner  (document-control-incomplete)  policies/sms.yaml:10:5",
      "  minor  review overdue at 20  (document-review-overdue)  policies/sms.yaml:20:5",
      "         Review the document.",
      "  minor  document at line 30 lacks owner  (document-control-incomplete)  policies/sms.yaml:30:5",
      "  minor  document at line 50 lacks owner  (document-control-incomplete)  policies/sms.yaml:50:5",
      "         Complete the control details.  (for all 3 document-control-incomplete findings above)",
      "         To record it: Fill in `owner` and `version`.",
    ]);
    expect(group(rendered, "8.5 Service design, build and transition")).toEqual([
      "  minor  document at line 60 lacks owner  (document-control-incomplete)  policies/sms.yaml:60:5",
      "         Complete the control details.",
      "         To record it: Fill in `owner` and `version`.",
    ]);
    expect(rendered.split("Complete the control details.")).toHaveLength(3);
  });

  it("says each remedy of a rule that differs per finding, and how to record them once, after the last", () => {
    const report = withFindings([
      finding(10, { remedy: "Prepare the plan.", howToRecord: "List it with `satisfies:`." }),
      finding(20, { remedy: "Prepare the register.", howToRecord: "List it with `satisfies:`." }),
    ]);
    expect(group(stylish.render(report, plain), "7 Support of the service management system")).toEqual([
      "  minor  document at line 10 lacks owner  (document-control-incomplete)  policies/sms.yaml:10:5",
      "         Prepare the plan.",
      "  minor  document at line 20 lacks owner  (document-control-incomplete)  policies/sms.yaml:20:5",
      "         Prepare the register.",
      "         To record it: List it with `satisfies:`.",
    ]);
  });

  it("opens with the verdict, the counts and the top blockers, and says none of it again at the end", () => {
    expect(lines.slice(0, 17)).toEqual([
      "Harbour Bridge IT Services Co., Ltd. · policies/sms.yaml · ISO/IEC 20000-1:2018 · as of 2026-11-21",
      "",
      "Not ready to apply for the stage 1 audit",
      "  2 application prerequisites not met",
      "  8 findings: 3 major, 4 minor, 1 observation",
      "  20 mandatory requirement(s) are not covered by a document in force or a current record  (uncovered-requirements)",
      "  1 finding suppressed by active waivers",
      "  Waiver W-02 expired on 2026-10-31 and suppresses nothing",
      "Top blockers:",
      "  prerequisite  An administrative penalty dated 2026-05-10 lies within the year before 2026-11-21",
      "  prerequisite  No internal audit has been completed yet; the first is planned for 2027-01-20",
      '  major         Document HB-02 "Service Management Plan" is a draft; a draft does not satisfy service-management-pl…',
      "  major         No record satisfies competence-records (Evidence of competence)",
      '  major         Document HB-15 "Backup | Restore Runbook" is a draft; a draft does not satisfy service-continuity-p…',
      "",
      "Application prerequisites (the certification body's conditions)",
      "  prerequisite  An administrative penalty dated 2026-05-10 lies within the year before 2026-11-21  (penalty-within-year)  policies/sms.yaml:17:15",
    ]);
    const once = (text: string) => expect(output.split(text), text).toHaveLength(2);
    for (const text of ["Not ready to apply", "8 findings:", "2 application prerequisites not met", "are not covered by a document in force", "suppressed by active waivers", "Waiver W-02"]) once(text);
    // The majors are counted and listed; the verdict's reason for them would say it a third time.
    expect(output).not.toContain("(major-nonconformities)");
    // The scores come last, then what was fixed.
    expect(lines.indexOf("Fixed since the baseline (2)")).toBeGreaterThan(lines.findIndex((l) => l.endsWith("Overall")));
  });

  it("names at most five blockers, and says how many more the list holds", () => {
    const majors = Array.from({ length: 7 }, (_, i) => finding(10 + i, { severity: "major", message: `major ${i + 1}` }));
    const top = stylish.render(withFindings([...majors, finding(99)]), plain).split("\n");
    const at = top.indexOf("Top blockers:");
    expect(top.slice(at + 1, at + 8)).toEqual(["  major  major 1", "  major  major 2", "  major  major 3", "  major  major 4", "  major  major 5", "  … and 2 more in the list below", ""]);
    // Without blockers, no heading.
    expect(stylish.render(withFindings([finding(10)]), plain)).not.toContain("Top blockers");
  });

  it("puts the earliest application date under the verdict, worded as the report words it", () => {
    expect(output).not.toContain("Earliest application date");
    const earliestApplication = "Earliest application date: 2027-01-02, provided the 3 major nonconformit(ies) are closed by then";
    const waiting = { ...notReadyReport, verdict: { ...notReadyReport.verdict, earliestApplicationDate: "2027-01-02", earliestApplication } };
    const waitingLines = stylish.render(waiting, plain).split("\n");
    expect(waitingLines.indexOf(`  ${earliestApplication}`)).toBe(waitingLines.indexOf("Not ready to apply for the stage 1 audit") + 4);
  });

  it("keeps the continuation of a multi-line message under the message, then the rule and location", () => {
    const at = lines.findIndex((l) => l.includes("NC-2026-01 was due"));
    expect(lines[at + 1]).toBe("         Restore tests have not been run for two customers.  (nonconformity-overdue)  policies/sms.yaml:131:12");
  });

  it("marks new findings only", () => {
    const marked = lines.filter((l) => l.endsWith("[new]"));
    expect(marked).toHaveLength(notReadyReport.findings.filter((f) => f.baseline === "new").length);
    expect(marked[0]).toContain("(scope-statement-incomplete)");
  });

  it("prints a score table with 8.x indented under clause 8, then the overall score", () => {
    expect(lines).toContain("  8       56%  17/30 (3 weak)  Operation of the service management system");
    expect(lines).toContain("    8.1  100%             1/1  Operational planning and control");
    expect(lines).toContain("    8.7   16%    1/6 (1 weak)  Service assurance");
    expect(lines).toContain("          56%  26/46 (4 weak)  Overall");
    expect(stylish.render(readyReport, plain).split("\n")).toContain("    8.4     -    0/0  Supply and demand");
  });

  it("keeps the score columns aligned when the weak note is in Chinese (two terminal columns a character)", () => {
    const zh = stylish.render({ ...notReadyReport, lang: "zh-CN" }, plain).split("\n");
    expect(zh).toContain("  8       56%  17/30（3 项不充分）  Operation of the service management system");
    expect(zh).toContain("    8.1  100%                  1/1  Operational planning and control");
    expect(zh).toContain("          56%  26/46（4 项不充分）  总体");
  });

  it("lists fixed findings at the end, only when there are some", () => {
    const at = lines.indexOf("Fixed since the baseline (2)");
    expect(lines[at + 1]).toBe("  minor  Document HB-03 names no owner  (document-owner-missing)  policies/sms.yaml:52:5");
    expect(stylish.render({ ...notReadyReport, fixed: undefined }, plain)).not.toContain("Fixed since");
  });

  it("says a ready organisation is ready, with no findings", () => {
    expect(stylish.render(readyReport, plain)).toContain("\nReady to apply for the stage 1 audit\n  No findings.\n\n");
  });

  it("has no ANSI escapes at colour level 0; majors stand out in bold red, minors in yellow, observations dimmed", () => {
    expect(output).not.toContain(ESC);
    const coloured = stylish.render(notReadyReport, { colour: new Chalk({ level: 1 }), sourcePath: asGiven });
    const bold = (s: string) => `${ESC}1m${s}${ESC}22m`;
    const dim = (s: string) => `${ESC}2m${s}${ESC}22m`;
    expect(coloured).toContain(`  ${ESC}31m${bold("major")}${ESC}39m  ${bold('Document HB-02 "Service Management Plan" is a draft; a draft does not satisfy service-management-plan')}`);
    expect(coloured).toContain(`  ${ESC}31m${bold("prerequisite")}${ESC}39m  ${ESC}1mAn administrative penalty`);
    expect(coloured).toContain(`  ${ESC}33mminor${ESC}39m  SLA HB-04 promises`);
    expect(coloured).toContain(`  ${dim("observation")}  ${ESC}2mThe scope statement names no site`);
    expect(coloured).toContain(dim("(document-not-approved)  policies/sms.yaml:48:13"));
    expect(coloured).toMatch(/\u001b\[31m\u001b\[1mNot ready/);
    expect(stylish.render(readyReport, { colour: new Chalk({ level: 1 }), sourcePath: asGiven })).toMatch(/\u001b\[32m\u001b\[1mReady/);
  });

  it("prints grades, headings and notes in Chinese for zh-CN, messages aligned by terminal columns", () => {
    const zh = stylish.render({ ...notReadyReport, lang: "zh-CN" }, plain);
    expect(zh).toContain("\n  严重不符合  Document HB-02");
    expect(zh).toContain("\n  观察项  The scope statement");
    expect(zh).toContain("\n  严重不符合  No record satisfies competence-records (Evidence of competence)  (required-record-missing)  policies/sms.yaml:118:1  [新增]\n              Add a register");
    expect(zh).toContain("[新增]");
    expect(zh).toMatch(/\n申请条件（认证机构的受理条件）\n {2}申请条件 {2}An administrative penalty/);
    expect(zh).toContain("\n尚不能申请第一阶段审核\n");
    expect(zh).toContain("\n阻碍申请的主要问题：\n");
    const shared = withFindings([finding(10, { remedy: "R", howToRecord: "H" }), finding(20, { remedy: "R", howToRecord: "H" })]);
    expect(stylish.render({ ...shared, lang: "zh-CN" }, plain)).toContain("R  （以上 2 项“文件控制信息不全”发现均适用）\n");
  });

  it("prints the verdict, the count and the findings when the file is not valid, without repeating them as blockers", () => {
    expect(stylish.render(invalidReport, plain)).toBe(
      [
        "Not ready to apply for the stage 1 audit",
        "  1 problem makes the input invalid",
        "",
        "General",
        '  invalid  documents[1] is missing required property "title"  (schema)  sms.yaml:19:5',
        "",
      ].join("\n"),
    );
  });
});

describe("stylish with --min-grade", () => {
  const render = (minGrade: "major" | "minor" | "observation", report: CheckReport = notReadyReport) => stylish.render(report, { ...plain, minGrade });

  it("shows everything at observation, the default, and says nothing of hiding", () => {
    expect(render("observation")).toBe(stylish.render(notReadyReport, plain));
    expect(render("observation")).not.toContain("not shown");
  });

  it("hides the grades below it, drops clauses left empty and says how many it hid, counts unchanged", () => {
    const minor = render("minor");
    expect(minor).not.toContain("(scope-statement-incomplete)");
    expect(minor).not.toContain("4 Context of the organization");
    expect(minor).toContain("(sla-target-unmeasured)");
    expect(minor).toContain("\n1 observation not shown; --min-grade observation shows them\n");
    expect(minor).toContain("\n  8 findings: 3 major, 4 minor, 1 observation\n");

    const major = render("major");
    // (What was fixed since the baseline is progress, not a finding to hide.)
    expect(major.slice(0, major.indexOf("Fixed since"))).not.toMatch(/^ {2}(minor|observation) /m);
    expect(major).toContain("\n4 minor nonconformities, 1 observation not shown; --min-grade observation shows them\n");
    // Unmet prerequisites weigh as majors: never hidden.
    expect(major).toContain("  prerequisite  No internal audit has been completed yet");
    expect(major.split("\n").indexOf("Top blockers:")).toBe(render("observation").split("\n").indexOf("Top blockers:"));
  });

  it("never hides invalid input, and says the count in Chinese for zh-CN", () => {
    expect(render("major", invalidReport)).toBe(stylish.render(invalidReport, plain));
    expect(render("major", { ...notReadyReport, lang: "zh-CN" })).toContain("\n一般不符合 4 项、观察项 1 项未显示；使用 --min-grade observation 可显示全部\n");
  });
});
