import { Chalk } from "chalk";
import { asGiven } from "../../src/report/formatters/source-path.js";
import { describe, expect, it } from "vitest";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { markdown, MAX_FINDING_ROWS } from "../../src/report/formatters/markdown.js";
import type { CheckFinding } from "../../src/report/model.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";


const plain = { colour: new Chalk({ level: 0 }), sourcePath: asGiven };

/** The table rows (header and separator included) that follow a heading. */
function tableAfter(output: string, heading: string): string[] {
  const lines = output.split("\n");
  const start = lines.indexOf(heading) + 2;
  const end = lines.findIndex((l, i) => i >= start && !l.startsWith("|"));
  return lines.slice(start, end === -1 ? undefined : end);
}

/** Cells of a GFM table row: split at pipes that are not escaped. */
function cells(row: string): string[] {
  return row.replace(/^\| /, "").replace(/ \|$/, "").split(/(?<!\\) \| /);
}

describe("markdown", () => {
  const output = markdown.render(notReadyReport, plain);

  it("renders the fixture to its golden file", async () => {
    await expect(output).toMatchFileSnapshot("./__golden__/markdown.md");
    await expect(markdown.render(readyReport, plain)).toMatchFileSnapshot("./__golden__/markdown-ready.md");
  });

  it("is the registry's markdown format and deterministic", async () => {
    expect(await checkFormatters.markdown()).toBe(markdown);
    expect(markdown.render(notReadyReport, plain)).toBe(output);
  });

  it("opens with the verdict and lists every reason", () => {
    expect(output.startsWith("## **Not ready** for stage 1\n")).toBe(true);
    expect(output).toContain(
      "\n- No internal audit has been completed yet; the first is planned for 2027-01-20 (`internal-audit-not-done`)\n" +
        "- An administrative penalty dated 2026-05-10 lies within the year before 2026-11-21 (`penalty-within-year`)\n" +
        "- 3 major nonconformit(ies) must be closed (`major-nonconformities`)\n" +
        "- 20 mandatory requirement(s) are not covered by a document in force or a current record (`uncovered-requirements`)\n",
    );
    expect(output).not.toContain("Earliest application date");
    // The earliest date comes worded, with its proviso, from the report.
    const earliestApplication = "Earliest application date: 2027-01-02, provided the 3 major nonconformit(ies) are closed by then";
    const waiting = { ...notReadyReport, verdict: { ...notReadyReport.verdict, earliestApplicationDate: "2027-01-02", earliestApplication } };
    expect(markdown.render(waiting, plain)).toContain(`(\`uncovered-requirements\`)\n\n${earliestApplication}\n\n### `);
    expect(markdown.render(readyReport, plain).startsWith("## **Ready** for stage 1\n")).toBe(true);
  });

  it("has a score row per clause and an overall row, four cells each, with the weakly claimed requirements", () => {
    const rows = tableAfter(output, "### Documented-information coverage by clause (covered / applicable mandatory requirements; weak: claimed but not in effect)");
    expect(rows).toHaveLength(notReadyReport.scores.length + 3);
    expect(rows.every((r) => cells(r).length === 4)).toBe(true);
    expect(rows).toContain("| 8.5 | Service design, build and transition | 2/5 (2 weak) | 40% |");
    expect(rows).toContain("| 8.6 | Resolution and fulfilment | 4/6 | 66% |");
    expect(rows.at(-1)).toBe("| **Overall** |  | **26/46 (4 weak)** | **56%** |");
  });

  it("has a findings row per finding, five cells each, with | escaped and newlines as <br>", () => {
    const rows = tableAfter(output, "### Findings (10)");
    expect(rows).toHaveLength(notReadyReport.findings.length + 2);
    expect(rows.every((r) => cells(r).length === 5)).toBe(true);
    expect(rows).toContain(
      '| major [new] | 8.7.2 | `policies/sms.yaml:108` | Document HB-15 "Backup \\| Restore Runbook" is a draft; a draft does not satisfy service-continuity-plan | `document-not-approved` |',
    );
    expect(rows.find((r) => r.includes("NC-2026-01"))).toContain("is still open:<br>Restore tests");
    // Rows go most serious first; an unmet prerequisite is labelled as such, not graded, and has no clause.
    expect(rows.slice(2).map((r) => cells(r)[0].replace(/ \[.*\]$/, ""))).toEqual([
      "prerequisite",
      "prerequisite",
      ...notReadyReport.findings.filter((f) => f.category === "nonconformity").map((f) => f.severity).sort((a, b) => ["major", "minor", "observation"].indexOf(a) - ["major", "minor", "observation"].indexOf(b)),
    ]);
    expect(rows[3]).toBe(
      "| prerequisite | - | `policies/sms.yaml:17` | An administrative penalty dated 2026-05-10 lies within the year before 2026-11-21 | `penalty-within-year` |",
    );
  });

  it("shows HTML in messages as text", () => {
    expect(output).not.toContain("<script>");
    expect(output).toContain("&lt;script&gt;alert('x')&lt;/script&gt;");
  });

  it("caps the findings table and says how many more there are", () => {
    const many: CheckFinding[] = Array.from({ length: 120 }, (_, i) => ({ ...notReadyReport.findings[1], line: i + 1 }));
    const capped = markdown.render({ ...notReadyReport, findings: many }, plain);
    expect(tableAfter(capped, "### Findings (120)")).toHaveLength(MAX_FINDING_ROWS + 2);
    expect(capped).toContain("\n\n…and 70 more findings not shown; run iso20k check for the full list.\n");
    expect(output).not.toContain("not shown; run iso20k check");
  });

  it("notes suppressed findings, expired waivers and fixed findings", () => {
    expect(output.endsWith(
      "- 1 finding suppressed by active waivers\n- Waiver W-02 expired on 2026-10-31 and suppresses nothing\n- 2 findings fixed since the baseline\n",
    )).toBe(true);
    expect(markdown.render({ ...notReadyReport, fixed: undefined }, plain)).not.toContain("fixed since the baseline");
    expect(markdown.render(readyReport, plain).endsWith("### Findings (0)\n\nNo findings.\n")).toBe(true);
  });

  it("has no score table and no empty header field when the file is not valid", () => {
    const invalid = markdown.render(invalidReport, plain);
    expect(invalid).not.toContain("### Documented-information coverage by clause (covered / applicable mandatory requirements; weak: claimed but not in effect)");
    expect(invalid).toContain("| invalid | - | `sms.yaml:19` |");
    expect(invalid).toContain("\n\n`sms.yaml` · ISO/IEC 20000-1:2018 · as of 2026-11-21\n\n");
    expect(tableAfter(invalid, "### Findings (1)")).toHaveLength(3);
  });
  it("names files by the path from the source root, with forward slashes, as the context gives it", () => {
    const fromRoot = (file: string) => `repo/${asGiven(file)}`;
    const rooted = markdown.render(notReadyReport, { ...plain, sourcePath: fromRoot });
    expect(rooted).toContain("\n\nHarbour Bridge IT Services Co., Ltd. · `repo/policies/sms.yaml` · ISO/IEC 20000-1:2018 · as of 2026-11-21\n\n");
    const rows = tableAfter(rooted, "### Findings (10)").slice(2);
    expect(rows.map((r) => cells(r)[2])).toEqual([121, 17, 48, 118, 108, 105, 66, 101, 131, 24].map((line) => `\`repo/policies/sms.yaml:${line}\``));
    const windows = { ...notReadyReport, file: ".\\policies\\sms.yaml", findings: notReadyReport.findings.map((f) => ({ ...f, file: "policies\\sms.yaml" })) };
    const plainWindows = markdown.render(windows, plain);
    expect(plainWindows).toContain(" · `policies/sms.yaml` · ");
    expect(plainWindows).toContain("| `policies/sms.yaml:17` |");
    expect(plainWindows).not.toContain("policies\\sms");
  });
});
