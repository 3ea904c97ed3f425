import { Chalk } from "chalk";
import { asGiven } from "../../src/report/formatters/source-path.js";
import { describe, expect, it } from "vitest";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { stylish } from "../../src/report/formatters/stylish.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";


const plain = { colour: new Chalk({ level: 0 }), sourcePath: asGiven };
const ESC = "\u001b[";

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

  it("prints file:line:col, the grade, the message and the rule, with the remedy on the next line", () => {
    const at = lines.indexOf(
      '  policies/sms.yaml:48:13  major  Document HB-02 "Service Management Plan" is a draft; a draft does not satisfy service-management-plan  (document-not-approved)',
    );
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe("      Have the owner approve HB-02 and record its approval date.");
  });

  it("groups unmet prerequisites first, then findings under the scored clause with its title, those without a clause last", () => {
    const heading = (text: string) => lines.indexOf(text);
    const release = lines.findIndex((l) => l.includes("(evidence-file-missing)"));
    expect(heading("8.5 Service design, build and transition")).toBe(release - 1);
    const prerequisites = heading("Application prerequisites (the certification body's conditions)");
    const audit = lines.findIndex((l) => l.includes("(internal-audit-not-done)") && l.includes("sms.yaml:121:15"));
    const penalty = lines.findIndex((l) => l.includes("(penalty-within-year)") && l.includes("sms.yaml:17:15"));
    expect(prerequisites).toBe(audit - 1);
    expect(penalty).toBe(audit + 2);
    expect(prerequisites).toBeLessThan(heading("4 Context of the organization"));
    expect(lines[audit]).toBe(
      "  policies/sms.yaml:121:15  prerequisite  No internal audit has been completed yet; the first is planned for 2027-01-20  (internal-audit-not-done)",
    );
    // A prerequisite is not graded and has no clause: neither under 9 nor under General.
    expect(heading("9 Performance evaluation")).toBe(-1);
    expect(heading("General")).toBe(-1);
    const general = stylish.render({ ...notReadyReport, findings: [...notReadyReport.findings, { ...notReadyReport.findings[0], clause: undefined }] }, plain).split("\n");
    expect(general.indexOf("General")).toBeGreaterThan(general.indexOf("10 Improvement"));
    expect(heading("4 Context of the organization")).toBeLessThan(heading("6 Planning"));
    // No heading for a clause without findings.
    expect(heading("5 Leadership")).toBe(-1);
  });

  it("marks new findings only", () => {
    const marked = lines.filter((l) => l.endsWith("[new]"));
    expect(marked).toHaveLength(notReadyReport.findings.filter((f) => f.baseline === "new").length);
    expect(marked[0]).toContain("(scope-statement-incomplete)");
  });

  it("keeps the continuation of a multi-line message indented", () => {
    const at = lines.findIndex((l) => l.includes("NC-2026-01 was due"));
    expect(lines[at + 1]).toBe("    Restore tests have not been run for two customers.  (nonconformity-overdue)");
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
    expect(zh).toContain("  8       56%  17/30 (3 项不充分)  Operation of the service management system");
    expect(zh).toContain("    8.1  100%                 1/1  Operational planning and control");
    expect(zh).toContain("          56%  26/46 (4 项不充分)  总体");
  });

  it("prints the verdict with every reason, and the earliest application date when there is one", () => {
    const at = lines.indexOf("Not ready to apply for the stage 1 audit");
    expect(lines.slice(at + 1, at + 3)).toEqual([
      "  - No internal audit has been completed yet; the first is planned for 2027-01-20  (internal-audit-not-done)",
      "  - An administrative penalty dated 2026-05-10 lies within the year before 2026-11-21  (penalty-within-year)",
    ]);
    expect(lines.slice(at + 3, at + 5)).toEqual([
      "  - 3 major nonconformit(ies) must be closed  (major-nonconformities)",
      "  - 20 mandatory requirement(s) are not covered by a document in force or a current record  (uncovered-requirements)",
    ]);
    expect(output).not.toContain("Earliest application date");
    // The sentence comes worded from the report, with its proviso; the bare date alone prints nothing.
    const earliestApplication = "Earliest application date: 2027-01-02, provided the 3 major nonconformit(ies) are closed by then";
    const waiting = { ...notReadyReport, verdict: { ...notReadyReport.verdict, earliestApplicationDate: "2027-01-02", earliestApplication } };
    expect(stylish.render(waiting, plain)).toContain(`\n${earliestApplication}\n`);
  });

  it("lists fixed findings at the end, only when there are some", () => {
    const at = lines.indexOf("Fixed since the baseline (2)");
    expect(at).toBeGreaterThan(lines.indexOf("Not ready to apply for the stage 1 audit"));
    expect(lines[at + 1]).toBe("  policies/sms.yaml:52:5  minor  Document HB-03 names no owner  (document-owner-missing)");
    expect(stylish.render({ ...notReadyReport, fixed: undefined }, plain)).not.toContain("Fixed since");
  });

  it("counts findings, suppressed findings and expired waivers", () => {
    // Prerequisites are counted apart; the grades count nonconformities only.
    expect(lines).toContain("2 application prerequisite(s) not met");
    expect(lines).toContain("8 finding(s): 3 major, 4 minor, 1 observation(s)");
    expect(lines).toContain("1 finding(s) suppressed by active waivers");
    expect(lines).toContain("Waiver W-02 expired on 2026-10-31 and suppresses nothing");
    expect(stylish.render(readyReport, plain)).toContain("\nNo findings.\n");
  });

  it("has no ANSI escapes at colour level 0 and colours grades and the verdict at level 1", () => {
    expect(output).not.toContain(ESC);
    const coloured = stylish.render(notReadyReport, { colour: new Chalk({ level: 1 }), sourcePath: asGiven });
    expect(coloured).toContain(`${ESC}31mmajor${ESC}39m`);
    expect(coloured).toContain(`${ESC}33mminor${ESC}39m`);
    expect(coloured).toContain(`${ESC}36mobservation${ESC}39m`);
    expect(coloured).toMatch(/\u001b\[31m\u001b\[1mNot ready/);
    expect(stylish.render(readyReport, { colour: new Chalk({ level: 1 }), sourcePath: asGiven })).toMatch(/\u001b\[32m\u001b\[1mReady/);
  });

  it("prints grades and headings in Chinese for zh-CN", () => {
    const zh = stylish.render({ ...notReadyReport, lang: "zh-CN" }, plain);
    expect(zh).toContain("  policies/sms.yaml:48:13  严重不符合  ");
    expect(zh).toContain("  policies/sms.yaml:66:9  轻微不符合  ");
    expect(zh).toContain("  policies/sms.yaml:24:14  观察项  ");
    expect(zh).toContain("[新增]");
    expect(zh).toContain("\n申请条件（认证机构的受理条件）\n  policies/sms.yaml:121:15  申请条件  ");
    expect(zh).toContain("\n2 项申请条件未满足\n");
    expect(zh).toContain("\n尚不能申请第一阶段审核\n");
  });

  it("prints only findings and the verdict when the file is not valid", () => {
    expect(stylish.render(invalidReport, plain)).toBe(
      [
        "General",
        '  sms.yaml:19:5  invalid  documents[1] is missing required property "title"  (schema)',
        "",
        "1 problem(s) make the input invalid",
        "",
        "Not ready to apply for the stage 1 audit",
        "  - the SMS file is not valid (1 problem(s)); fix it before it can be judged  (invalid-input)",
        "",
      ].join("\n"),
    );
  });
});
