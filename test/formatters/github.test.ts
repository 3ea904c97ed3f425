import { Chalk } from "chalk";
import { asGiven } from "../../src/report/formatters/source-path.js";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, github } from "../../src/report/formatters/github.js";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";


const plain = { colour: new Chalk({ level: 0 }), sourcePath: asGiven };

describe("github", () => {
  const output = github.render(notReadyReport, plain);
  const lines = output.split("\n");

  it("renders the fixture to its golden file", async () => {
    await expect(output).toMatchFileSnapshot("./__golden__/github.txt");
  });

  it("is the registry's github format and deterministic", async () => {
    expect(await checkFormatters.github()).toBe(github);
    expect(github.render(notReadyReport, plain)).toBe(output);
  });

  it("writes the verdict first, then one command per finding, most serious first, each on one line", () => {
    expect(output.endsWith("\n")).toBe(true);
    expect(lines.slice(0, -1)).toHaveLength(notReadyReport.findings.length + 1);
    expect(lines.every((l) => l === "" || l.startsWith("::"))).toBe(true);
    const commands = lines.slice(1, -1).map((l) => l.slice(2, l.indexOf(" ")));
    const errors = notReadyReport.findings.filter((f) => f.severity === "major").length;
    const warnings = notReadyReport.findings.filter((f) => f.severity === "minor").length;
    const notices = notReadyReport.findings.length - errors - warnings;
    expect(commands).toEqual([...Array(errors).fill("error"), ...Array(warnings).fill("warning"), ...Array(notices).fill("notice")]);
    // Prerequisites lead the errors.
    expect(lines[1]).toContain("(application prerequisite)::");
  });

  it("says how many findings GitHub will not show past its limit of 10 annotations a level, right after the verdict", () => {
    const major = notReadyReport.findings.find((f) => f.severity === "major" && f.category === "nonconformity")!;
    const many = { ...notReadyReport, findings: Array.from({ length: 12 }, (_, i) => ({ ...major, line: i + 1 })) };
    const out = github.render(many, plain).split("\n");
    expect(out[0]).toMatch(/^::error::iso20k: Not ready/);
    // 12 majors and the verdict are 13 errors: 3 past the limit.
    expect(out[1]).toBe(
      "::notice::3 more findings than GitHub shows as annotations (10 of each level per step): they are in this log, and all of them in --format sarif or json",
    );
    expect(out.filter((l) => l.startsWith("::error file="))).toHaveLength(12);
  });

  it("annotates a finding at its file, line and column, escaping % in the message", () => {
    expect(lines.find((l) => l.includes("sla-target-unmeasured"))).toBe(
      "::warning file=policies/sms.yaml,line=66,col=9,title=iso20k sla-target-unmeasured (clause 8.3.3)::SLA HB-04 promises 99.95%25 availability, but no monitoring record measures it%0ARecord the measured availability every month.",
    );
  });

  it("escapes newlines in the message and leaves : and , there", () => {
    const line = lines.find((l) => l.includes("title=iso20k nonconformity-overdue"))!;
    expect(line).toBe(
      "::warning file=policies/sms.yaml,line=131,col=12,title=iso20k nonconformity-overdue (clause 10.1)::Nonconformity NC-2026-01 was due on 2026-11-10 and is still open:%0ARestore tests have not been run for two customers.%0AClose NC-2026-01 or agree a new due date with its owner.",
    );
  });

  it("titles an unmet prerequisite as one, and a finding without a clause with its rule alone", () => {
    expect(lines).toContain(
      "::error file=policies/sms.yaml,line=17,col=15,title=iso20k penalty-within-year (application prerequisite)::An administrative penalty dated 2026-05-10 lies within the year before 2026-11-21%0AWait until 2027-05-11 before applying.",
    );
    expect(lines.find((l) => l.includes("internal-audit-not-done"))).toContain(",title=iso20k internal-audit-not-done (application prerequisite)::");
    const zh = github.render({ ...notReadyReport, lang: "zh-CN" }, plain);
    expect(zh).toContain(",title=iso20k penalty-within-year（申请条件）::");
    const noClause = { ...notReadyReport, findings: [{ ...notReadyReport.findings[0], clause: undefined }] };
    expect(github.render(noClause, plain).split("\n")[1]).toContain(",title=iso20k scope-statement-incomplete::");
  });

  it("escapes property values as the actions toolkit does", () => {
    expect(escapeData("a:b,c%d\r\ne")).toBe("a:b,c%25d%0D%0Ae");
    expect(escapeProperty("a:b,c%d\r\ne")).toBe("a%3Ab%2Cc%25d%0D%0Ae");
    const odd = { ...notReadyReport, findings: [{ ...notReadyReport.findings[0], file: "sms, v2: draft.yaml", clause: "4.3" }] };
    expect(github.render(odd, plain).split("\n")[1]).toMatch(/^::notice file=sms%2C v2%3A draft\.yaml,line=24,col=14,title=/);
    const zh = github.render({ ...notReadyReport, lang: "zh-CN" }, plain).split("\n");
    expect(zh.find((l) => l.includes("scope-statement-incomplete"))).toContain(",title=iso20k scope-statement-incomplete（条款 4.3）::");
  });

  it("starts with the verdict and the overall score: an error when not ready, a notice when ready", () => {
    expect(lines[0]).toBe("::error::iso20k: Not ready to apply for the stage 1 audit; documented-information coverage 56%25 (26/46 mandatory requirements covered)");
    expect(github.render(readyReport, plain)).toBe(
      "::notice::iso20k: Ready to apply for the stage 1 audit; documented-information coverage 100%25 (12/12 mandatory requirements covered)\n",
    );
  });

  it("says nothing was scored when the file is not valid", () => {
    expect(github.render(invalidReport, plain)).toBe(
      "::error::iso20k: Not ready to apply for the stage 1 audit; the SMS file is not valid, so nothing was scored\n" +
        '::error file=sms.yaml,line=19,col=5,title=iso20k schema::documents[1] is missing required property "title"\n',
    );
  });
  it("annotates at the path from the source root, with forward slashes, as the context gives it", () => {
    const fromRoot = (file: string) => `repo/${asGiven(file)}`;
    const rooted = github.render(notReadyReport, { ...plain, sourcePath: fromRoot }).split("\n");
    expect(rooted[1]).toMatch(/^::error file=repo\/policies\/sms\.yaml,line=121,col=15,title=/);
    expect(rooted.slice(1, -1).every((l) => l.includes(" file=repo/policies/sms.yaml,"))).toBe(true);
    const windows = { ...notReadyReport, findings: notReadyReport.findings.map((f) => ({ ...f, file: ".\\policies\\sms.yaml" })) };
    expect(github.render(windows, plain).split("\n")[1]).toMatch(/^::error file=policies\/sms\.yaml,line=121,col=15,title=/);
    // A finding without a file of its own is about the SMS file.
    const { file: _, ...unfiled } = invalidReport.findings[0];
    expect(github.render({ ...invalidReport, file: "sub\\sms.yaml", findings: [unfiled] }, plain).split("\n")[1]).toMatch(/^::error file=sub\/sms\.yaml,line=19,col=5,/);
  });
});
