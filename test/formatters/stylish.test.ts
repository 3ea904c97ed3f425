import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { stylish } from "../../src/report/formatters/stylish.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";


const plain = { colour: new Chalk({ level: 0 }) };
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

  it("groups findings under the scored clause with its title, those without a clause last", () => {
    const heading = (text: string) => lines.indexOf(text);
    const release = lines.findIndex((l) => l.includes("(evidence-file-missing)"));
    expect(heading("8.5 Service design, build and transition")).toBe(release - 1);
    const penalty = lines.findIndex((l) => l.includes("(penalty-within-year)") && l.includes("sms.yaml:17:15"));
    expect(heading("General")).toBe(penalty - 1);
    expect(heading("10 Improvement")).toBeLessThan(heading("General"));
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
    expect(lines).toContain("  8       56%  17/30  Operation of the service management system");
    expect(lines).toContain("    8.1  100%    1/1  Operational planning and control");
    expect(lines).toContain("    8.7   16%    1/6  Service assurance");
    expect(lines).toContain("          56%  26/46  Overall");
    expect(stylish.render(readyReport, plain).split("\n")).toContain("    8.4     -    0/0  Supply and demand");
  });

  it("prints the verdict with every reason, and the earliest application date when there is one", () => {
    const at = lines.indexOf("Not ready to apply for the stage 1 audit");
    expect(lines.slice(at + 1, at + 3)).toEqual([
      "  - No internal audit has been completed yet; the first is planned for 2027-01-20  (internal-audit-not-done)",
      "  - An administrative penalty dated 2026-05-10 lies within the year before 2026-11-21  (penalty-within-year)",
    ]);
    expect(output).not.toContain("Earliest application date");
    const waiting = { ...notReadyReport, verdict: { ...notReadyReport.verdict, earliestApplicationDate: "2027-01-02" } };
    expect(stylish.render(waiting, plain)).toContain("\nEarliest application date: 2027-01-02\n");
  });

  it("lists fixed findings at the end, only when there are some", () => {
    const at = lines.indexOf("Fixed since the baseline (2)");
    expect(at).toBeGreaterThan(lines.indexOf("Not ready to apply for the stage 1 audit"));
    expect(lines[at + 1]).toBe("  policies/sms.yaml:52:5  minor  Document HB-03 names no owner  (document-owner-missing)");
    expect(stylish.render({ ...notReadyReport, fixed: undefined }, plain)).not.toContain("Fixed since");
  });

  it("counts findings, suppressed findings and expired waivers", () => {
    expect(lines).toContain("10 finding(s): 5 major, 4 minor, 1 observation(s)");
    expect(lines).toContain("1 finding(s) suppressed by active waivers");
    expect(lines).toContain("Waiver W-02 expired on 2026-10-31 and suppresses nothing");
    expect(stylish.render(readyReport, plain)).toContain("\nNo findings.\n");
  });

  it("has no ANSI escapes at colour level 0 and colours grades and the verdict at level 1", () => {
    expect(output).not.toContain(ESC);
    const coloured = stylish.render(notReadyReport, { colour: new Chalk({ level: 1 }) });
    expect(coloured).toContain(`${ESC}31mmajor${ESC}39m`);
    expect(coloured).toContain(`${ESC}33mminor${ESC}39m`);
    expect(coloured).toContain(`${ESC}36mobservation${ESC}39m`);
    expect(coloured).toMatch(/\u001b\[31m\u001b\[1mNot ready/);
    expect(stylish.render(readyReport, { colour: new Chalk({ level: 1 }) })).toMatch(/\u001b\[32m\u001b\[1mReady/);
  });

  it("prints grades and headings in Chinese for zh-CN", () => {
    const zh = stylish.render({ ...notReadyReport, lang: "zh-CN" }, plain);
    expect(zh).toContain("  policies/sms.yaml:48:13  严重不符合  ");
    expect(zh).toContain("  policies/sms.yaml:66:9  轻微不符合  ");
    expect(zh).toContain("  policies/sms.yaml:24:14  观察项  ");
    expect(zh).toContain("[新增]");
    expect(zh).toContain("\n尚不能申请第一阶段审核\n");
  });

  it("prints only findings and the verdict when the file is not valid", () => {
    expect(stylish.render(invalidReport, plain)).toBe(
      [
        "General",
        '  sms.yaml:19:5  major  documents[1] is missing required property "title"  (schema)',
        "",
        "1 finding(s): 1 major, 0 minor, 0 observation(s)",
        "",
        "Not ready to apply for the stage 1 audit",
        "  - sms.yaml does not match the schema; fix it before checking  (schema)",
        "",
      ].join("\n"),
    );
  });
});
