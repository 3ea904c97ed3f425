// Progress between two gap assessments: the early-stage example's, then a later one in which 4.1
// improved, 8.6.3 was first addressed, 4.2 regressed and the first action was done.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runInProcess } from "../helpers/cli.js";

function laterVisit(): string {
  const folder = mkdtempSync(join(tmpdir(), "iso20k-progress-"));
  cpSync(join(ROOT, "examples", "early-stage"), folder, { recursive: true });
  const earlier = readFileSync(join(folder, "gap-assessment.yaml"), "utf8");
  writeFileSync(join(folder, "earlier.yaml"), earlier);
  const later = earlier
    .replace('  - clause: "4.1"\n    status: initial', '  - clause: "4.1"\n    status: inconsistent')
    .replace('  - clause: "4.2"\n    status: initial', '  - clause: "4.2"\n    status: not-addressed')
    .replace('  - clause: "8.6.3"\n    status: not-addressed', '  - clause: "8.6.3"\n    status: initial')
    .replace("    due: 2026-12-18\n    status: in-progress", "    due: 2026-12-18\n    status: done");
  expect(later).not.toBe(earlier);
  writeFileSync(join(folder, "gap-assessment.yaml"), later);
  return folder;
}

const EXPECTED = {
  improved: [
    { clause: "4.1", from: "initial", to: "inconsistent" },
    { clause: "8.6.3", from: "not-addressed", to: "initial" },
  ],
  regressed: [{ clause: "4.2", from: "initial", to: "not-addressed" }],
  newlyAssessed: [],
  closedActions: ["CA-01"],
};

const check = (folder: string, previous: string, format = "json") =>
  runInProcess(["check", "sms.yaml", "--assessment", "gap-assessment.yaml", "--previous-assessment", previous, "--as-of", "2026-11-21", "--format", format, "--fail-on", "none"], { cwd: folder });

describe("check --previous-assessment", () => {
  it("compares with the earlier assessment file", async () => {
    const folder = laterVisit();
    const progress = JSON.parse((await check(folder, "earlier.yaml")).stdout).gapAssessment.progress;
    expect(progress).toEqual({ since: expect.stringMatching(/^2026-/), ...EXPECTED });
  });

  it("compares the same with an earlier JSON report of it", async () => {
    const folder = laterVisit();
    const earlier = await runInProcess(["check", "sms.yaml", "--assessment", "earlier.yaml", "--as-of", "2026-11-21", "--format", "json", "--fail-on", "none"], { cwd: folder });
    writeFileSync(join(folder, "earlier.json"), earlier.stdout);
    const fromJson = JSON.parse((await check(folder, "earlier.json")).stdout).gapAssessment.progress;
    const fromYaml = JSON.parse((await check(folder, "earlier.yaml")).stdout).gapAssessment.progress;
    expect(fromJson).toEqual(fromYaml);
  });

  it("says it in the terminal output, clause by clause", async () => {
    const { stdout } = await check(laterVisit(), "earlier.yaml", "stylish");
    expect(stdout).toMatch(/Since 2026-\d\d-\d\d: 2 clauses improved, 1 regressed, 0 rated for the first time, 1 action closed\n/);
    expect(stdout).toContain("  + 4.1: initial → defined but applied inconsistently\n");
    expect(stdout).toContain("  - 4.2: initial → not addressed\n");
  });

  it("refuses a file that is no assessment, and a comparison without --assessment", async () => {
    const folder = laterVisit();
    const notOne = await check(folder, "sms.yaml");
    expect([notOne.code, notOne.stderr]).toEqual([2, expect.stringMatching(/^iso20k: cannot compare with sms\.yaml: it is not a valid gap assessment \(first problem at line \d+, column \d+\)\n$/)]);
    const alone = await runInProcess(["check", "sms.yaml", "--previous-assessment", "earlier.yaml", "--as-of", "2026-11-21"], { cwd: folder });
    expect([alone.code, alone.stderr]).toEqual([2, "iso20k: --previous-assessment compares with --assessment: give both\n"]);
  });
});
