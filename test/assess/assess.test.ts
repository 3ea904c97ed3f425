// `iso20k assess`: the interview, scripted, on a copy of the early-stage example. Each answer is in the
// file as soon as it is given, an interrupted interview resumes at the first clause not rated, and the
// consultant's own comments survive.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/cli/run.js";
import { CANCEL, DEFAULT, scriptedPrompter, type ScriptedStep } from "../../src/init/scripted-prompter.js";
import { ROOT, runInProcess } from "../helpers/cli.js";

function workspace(): string {
  const folder = mkdtempSync(join(tmpdir(), "iso20k-assess-"));
  cpSync(join(ROOT, "examples", "early-stage"), folder, { recursive: true });
  rmSync(join(folder, "gap-assessment.yaml")); // the example's own; these tests start a new one
  return folder;
}

async function assess(folder: string, args: string[], steps: ScriptedStep[]) {
  let stdout = "";
  let stderr = "";
  const prompter = scriptedPrompter(steps);
  const code = await run(["assess", "sms.yaml", "--as-of", "2026-11-21", ...args], {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { NO_COLOR: "1" },
    cwd: folder,
    now: () => new Date("2026-11-21T12:00:00Z"),
    stdinIsTTY: true,
    prompter,
  });
  return { code, stdout, stderr, asked: prompter.asked.map((q) => q.name), remaining: prompter.remaining() };
}

const gapOf = (folder: string) => parse(readFileSync(join(folder, "gap-assessment.yaml"), "utf8"));

// 8.6.1 incidents: initial, with the incident log and an interview, and an action; 8.6.2: conforming; then stop.
const FIRST_VISIT: ScriptedStep[] = [
  ["assessor", "Li Wei, consultant"],
  ["status.8.6.1", "initial"],
  ["evidence.8.6.1", ['{"record":"REG-INC"}', "interview"]],
  ["interview.role.8.6.1", "Service desk lead"],
  ["interview.date.8.6.1", DEFAULT],
  ["note.8.6.1", "Incidents are logged, but major incidents have no defined handling."],
  ["action.8.6.1", "Write and approve the major incident procedure"],
  ["action.owner.8.6.1", "Service manager"],
  ["action.due.8.6.1", "2027-01-31"],
  ["status.8.6.2", "conforming"],
  ["evidence.8.6.2", ['{"record":"REG-REQ"}']],
  ["note.8.6.2", ""],
  ["status.8.6.3", "stop"],
];

describe("iso20k assess", () => {
  it("asks about each clause, saves each rating and action, and stops when asked", async () => {
    const folder = workspace();
    const result = await assess(folder, ["--clause", "8.6"], FIRST_VISIT);
    expect([result.code, result.stderr, result.remaining]).toEqual([0, "", []]);
    expect(result.stdout).toContain("[1/3] 8.6.1 Incident management\n");
    expect(result.stdout).toContain("What an auditor looks for:");
    expect(result.stdout).toContain("2 clauses rated and saved in gap-assessment.yaml. Next: iso20k check sms.yaml --assessment gap-assessment.yaml\n");
    const text = readFileSync(join(folder, "gap-assessment.yaml"), "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/.*\/gap-assessment\.schema\.json$/);
    expect(gapOf(folder)).toEqual({
      assessment: { sms: "sms.yaml", assessor: "Li Wei, consultant", date: "2026-11-21" },
      items: [
        {
          clause: "8.6.1",
          status: "initial",
          evidence: [{ record: "REG-INC" }, { interview: { role: "Service desk lead", date: "2026-11-21" } }],
          note: "Incidents are logged, but major incidents have no defined handling.",
          date: "2026-11-21",
        },
        { clause: "8.6.2", status: "conforming", evidence: [{ record: "REG-REQ" }], date: "2026-11-21" },
      ],
      actions: [{ id: "A-1", action: "Write and approve the major incident procedure", owner: "Service manager", due: "2027-01-31", status: "open", items: ["8.6.1"] }],
    });
  });

  it("writes a file check reads: the rating is a major finding, and its action is in the plan", async () => {
    const folder = workspace();
    await assess(folder, ["--clause", "8.6"], FIRST_VISIT);
    const checked = await runInProcess(["check", "sms.yaml", "--assessment", "gap-assessment.yaml", "--as-of", "2026-11-21", "--format", "json"], { cwd: folder });
    const report = JSON.parse(checked.stdout);
    expect(report.findings.filter((f: { file?: string; category: string }) => f.file === "gap-assessment.yaml" && f.category === "invalid")).toEqual([]);
    const rated = report.findings.filter((f: { ruleId: string }) => f.ruleId === "assessed-nonconformity");
    expect(rated.map((f: { clause: string; severity: string; line: number }) => [f.clause, f.severity])).toEqual([["8.6.1", "major"]]);
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === "action-missing")).toBe(false);
    expect(report.gapAssessment.actions.map((a: { id: string }) => a.id)).toEqual(["A-1"]);
  });

  it("resumes at the first clause not rated, and keeps what an interrupted run had saved", async () => {
    const folder = workspace();
    // Interrupted after the first answer: 8.6.1 is saved.
    const first = await assess(folder, ["--clause", "8.6"], [...FIRST_VISIT.slice(0, 9), ["status.8.6.2", CANCEL]]);
    expect(first.code).toBe(130);
    expect(first.stderr).toBe("iso20k: interview stopped; the answers given so far are saved in gap-assessment.yaml, and the next run resumes there\n");
    expect(gapOf(folder).items.map((i: { clause: string }) => i.clause)).toEqual(["8.6.1"]);
    // Without --clause, the next run starts at 4.1, the first clause not rated, and asks no assessor again.
    const second = await assess(folder, [], [["status.4.1", CANCEL]]);
    expect(second.asked).toEqual(["status.4.1"]);
    expect(second.stdout).toContain("56 clauses to assess");
  });

  it("keeps the consultant's comments and layout when it saves", async () => {
    const folder = workspace();
    await assess(folder, ["--clause", "8.6"], FIRST_VISIT);
    const path = join(folder, "gap-assessment.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("items:\n", "# Ratings from the 21 November visit\nitems:\n"));
    await assess(folder, ["--clause", "9.2"], [["status.9.2", "inconsistent"], ["evidence.9.2", []], ["note.9.2", "One audit held, programme partly followed."], ["action.9.2", ""]]);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("# Ratings from the 21 November visit\nitems:\n");
    expect(gapOf(folder).items.map((i: { clause: string }) => i.clause)).toEqual(["8.6.1", "8.6.2", "9.2"]);
  });

  it("asks again about a rated clause with --clause, its rating offered as the default", async () => {
    const folder = workspace();
    await assess(folder, ["--clause", "8.6"], FIRST_VISIT);
    const again = await assess(folder, ["--clause", "8.6.2"], [["status.8.6.2", DEFAULT], ["evidence.8.6.2", ['{"record":"REG-REQ"}']], ["note.8.6.2", "Checked again."]]);
    expect(again.code).toBe(0);
    expect(gapOf(folder).items[1]).toMatchObject({ clause: "8.6.2", status: "conforming", note: "Checked again." });
  });

  it("refuses without a terminal, and on an unknown clause, before writing anything", async () => {
    const folder = workspace();
    const noTerminal = await runInProcess(["assess", "sms.yaml"], { cwd: folder });
    expect([noTerminal.code, noTerminal.stderr]).toEqual([2, "iso20k: assess asks questions and needs a terminal; run it in one (a CI job has nothing to answer them)\n"]);
    const unknown = await assess(folder, ["--clause", "8.9"], []);
    expect(unknown.code).toBe(2);
    expect(existsSync(join(folder, "gap-assessment.yaml"))).toBe(false);
  });
});
