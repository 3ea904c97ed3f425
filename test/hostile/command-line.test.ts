// Hostile command lines: unknown flags, missing arguments, files that are not files, -o aimed at the input or
// nowhere, bad dates. Each exits 2 with one line on stderr, writes nothing, and leaves the input as it was.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, childEnv, runBinary, runInProcess, type CliResult } from "../helpers/cli.js";
import { AS_OF, HOSTILE, STACK_TRACE } from "./corpus.js";

interface Case {
  name: string;
  args: string[];
  code: number;
  stderr: RegExp;
  env?: Record<string, string>;
  /** What is wrong today, when the row fails. */
  bug?: string;
}

const A = ["--as-of", AS_OF];
const CASES: Case[] = [
  { name: "an unknown flag", args: ["check", "sms.yaml", "--bogus"], code: 2, stderr: /^error: unknown option '--bogus'\n$/ },
  { name: "an unknown flag before the file", args: ["report", "gap", "--no-such-thing", "sms.yaml"], code: 2, stderr: /^error: unknown option '--no-such-thing'\n$/ },
  { name: "an unknown command", args: ["audit", "sms.yaml"], code: 2, stderr: /^error: unknown command 'audit'/ },
  { name: "check without a file", args: ["check"], code: 2, stderr: /^error: missing required argument 'file'\n$/ },
  { name: "validate without a file", args: ["validate"], code: 2, stderr: /^error: missing required argument 'file'\n$/ },
  { name: "report without a type", args: ["report"], code: 2, stderr: /^error: missing required argument 'type'\n$/ },
  { name: "report without a file", args: ["report", "gap"], code: 2, stderr: /^error: missing required argument 'file'\n$/ },
  { name: "an unknown report type", args: ["report", "audit", "sms.yaml"], code: 2, stderr: /^error: command-argument value 'audit' is invalid for argument 'type'\. Allowed choices are gap, mapping, dossier\.\n$/ },
  { name: "--as-of without its value", args: ["check", "sms.yaml", "--as-of"], code: 2, stderr: /^error: option '--as-of <date>' argument missing\n$/ },
  { name: "-o without its value", args: ["check", "sms.yaml", "-o"], code: 2, stderr: /^error: option '-o, --output <file>' argument missing\n$/ },
  { name: "standard input twice for check", args: ["check", "-", "-", ...A], code: 2, stderr: /^iso20k: standard input \(-\) can be read only once\n$/ },
  { name: "one gap assessment for two SMS files", args: ["check", "sms.yaml", "docs/../sms.yaml", "other.yaml", "--assessment", "gap.yaml", ...A], code: 2, stderr: /^iso20k: --assessment is the assessment of one SMS: check that file on its own\n$/ },
  { name: "a format check does not have", args: ["check", "sms.yaml", "--format", "pdf"], code: 2, stderr: /^iso20k: --format pdf: no such format/ },
  { name: "a format with an empty file name", args: ["check", "sms.yaml", "--format", "sarif:"], code: 2, stderr: /^iso20k: --format sarif:: name a file after the colon/ },
  { name: "a format the reports do not have", args: ["report", "gap", "sms.yaml", "--format", "pdf", ...A], code: 2, stderr: /argument 'pdf' is invalid\. Allowed choices are html, md, csv/ },
  { name: "a language we do not have", args: ["check", "sms.yaml", "--lang", "fr"], code: 2, stderr: /argument 'fr' is invalid/ },
  { name: "a file that does not exist", args: ["check", "nope.yaml", ...A], code: 2, stderr: /^iso20k: cannot read nope\.yaml: no such file\n$/ },
  { name: "a file that does not exist, among others", args: ["validate", "sms.yaml", "nope.yaml"], code: 2, stderr: /^iso20k: cannot read nope\.yaml: no such file\n$/ },
  { name: "a directory instead of a file (validate)", args: ["validate", "docs"], code: 2, stderr: /^iso20k: docs is a directory, not a file\n$/ },
  { name: "a directory instead of a file (check)", args: ["check", "docs", ...A], code: 2, stderr: /^iso20k: docs is a directory, not a file\n$/ },
  { name: "a directory instead of a file (report)", args: ["report", "dossier", "docs", ...A], code: 2, stderr: /^iso20k: docs is a directory, not a file\n$/ },
  { name: "an empty file name", args: ["check", "", ...A], code: 2, stderr: /^iso20k: {2}is a directory, not a file\n$|^iso20k: .* is a directory, not a file\n$/ },
  { name: "-o naming the input", args: ["check", "sms.yaml", ...A, "-o", "sms.yaml"], code: 2, stderr: /^iso20k: refusing to write sms\.yaml: it is one of the input files\n$/ },
  { name: "-o naming the input another way", args: ["check", "sms.yaml", ...A, "-o", "./docs/../sms.yaml"], code: 2, stderr: /^iso20k: refusing to write \.\/docs\/\.\.\/sms\.yaml: it is one of the input files\n$/ },
  { name: "-o through a link to the input", args: ["report", "mapping", "sms.yaml", ...A, "--format", "csv", "-o", "link-to-sms.yaml"], code: 2, stderr: /^iso20k: refusing to write link-to-sms\.yaml: it is one of the input files\n$/ },
  { name: "report -o naming the input", args: ["report", "gap", "sms.yaml", ...A, "-o", "sms.yaml"], code: 2, stderr: /^iso20k: refusing to write sms\.yaml: it is one of the input files\n$/ },
  { name: "-o naming the baseline", args: ["check", "sms.yaml", ...A, "--baseline", "baseline.json", "-o", "baseline.json"], code: 2, stderr: /^iso20k: refusing to write baseline\.json: it is one of the input files\n$/ },
  { name: "-o below a file", args: ["check", "sms.yaml", ...A, "-o", "sms.yaml/out/report.json"], code: 2, stderr: /^iso20k: cannot write sms\.yaml\/out\/report\.json: sms\.yaml is a file, not a folder\n$/ },
  { name: "report -o below a file", args: ["report", "dossier", "sms.yaml", ...A, "-o", "sms.yaml/dossier.html"], code: 2, stderr: /^iso20k: cannot write sms\.yaml\/dossier\.html: sms\.yaml is a file, not a folder\n$/ },
  { name: "-o naming a folder", args: ["check", "sms.yaml", ...A, "-o", "docs"], code: 2, stderr: /^iso20k: cannot write docs: it is a folder\n$/ },
  {
    name: "-o into a folder nobody can write (/proc)",
    args: ["check", "sms.yaml", ...A, "-o", "/proc/iso20k-out.json"],
    code: 2,
    stderr: /^iso20k: cannot write \/proc\/iso20k-out\.json.*\n$/,
  },
  ...["2026-02-30", "2026-13-01", "yesterday", "2026-2-3", "", "2026-11-21T00:00:00Z", "21/11/2026"].map((value) => ({
    name: `--as-of ${JSON.stringify(value)}`,
    args: ["report", "gap", "sms.yaml", "--format", "md", "--as-of", value],
    code: 2,
    stderr: new RegExp(`^iso20k: --as-of must be a date YYYY-MM-DD, not "${value.replace(/[/]/g, "\\/")}"\\n$`),
  })),
  {
    name: "a SOURCE_DATE_EPOCH beyond the dates JavaScript can hold",
    args: ["check", "sms.yaml", "--format", "json"],
    env: { SOURCE_DATE_EPOCH: "99999999999999" },
    code: 2,
    stderr: /^iso20k: .*SOURCE_DATE_EPOCH.*\n$/,
  },
  ...["0", "-5", "abc", "1e400"].map((value) => ({
    name: `--max-size ${value}`,
    args: ["validate", "sms.yaml", "--max-size", value],
    code: 2,
    stderr: new RegExp(`^iso20k: --max-size must be a positive number of megabytes, not "${value}"\\n$`),
  })),
  { name: "--root that is a file", args: ["check", "sms.yaml", ...A, "--root", "sms.yaml"], code: 2, stderr: /^iso20k: --root sms\.yaml is not a folder\n$/ },
  { name: "--root that does not exist", args: ["check", "sms.yaml", ...A, "--root", "nowhere"], code: 2, stderr: /^iso20k: --root nowhere is not a folder\n$/ },
  { name: "--template-dir that does not exist", args: ["report", "gap", "sms.yaml", ...A, "--template-dir", "nowhere"], code: 2, stderr: /^iso20k: --template-dir .*nowhere is not a folder\n$/ },
  { name: "--baseline that is not JSON", args: ["check", "sms.yaml", ...A, "--baseline", "sms.yaml"], code: 2, stderr: /^iso20k: cannot use sms\.yaml as a baseline/ },
  { name: "--baseline that does not exist", args: ["check", "sms.yaml", ...A, "--baseline", "nope.json"], code: 2, stderr: /^iso20k: cannot read nope\.json: no such file/ },
];

/** A folder with a valid sms.yaml, a docs/ folder, a link to the input and an empty baseline. */
const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "iso20k-cli-"));
  workspaces.push(dir);
  copyFileSync(join(HOSTILE, "yaml/merge-anchors.yaml"), join(dir, "sms.yaml"));
  mkdirSync(join(dir, "docs"));
  symlinkSync("sms.yaml", join(dir, "link-to-sms.yaml"));
  copyFileSync(join(HOSTILE, "yaml/merge-anchors.yaml"), join(dir, "baseline.json"));
  return dir;
}

function expectRefusal(result: CliResult, c: Case, dir: string, before: { bytes: Buffer; mtime: number }) {
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.stderr).toMatch(c.stderr);
  expect(result.code).toBe(c.code);
  expect(result.stdout).toBe("");
  expect(readFileSync(join(dir, "sms.yaml")).equals(before.bytes)).toBe(true);
  expect(statSync(join(dir, "sms.yaml")).mtimeMs).toBe(before.mtime);
  // Nothing written: no report, no temporary file.
  expect(readdirSync(dir).sort()).toEqual(["baseline.json", "docs", "link-to-sms.yaml", "sms.yaml"]);
  expect(readdirSync(join(dir, "docs"))).toEqual([]);
}

for (const via of ["in-process", "built binary"] as const)
  describe(`hostile command lines, ${via}`, () => {
    let dir: string;
    let before: { bytes: Buffer; mtime: number };
    beforeAll(() => {
      dir = workspace();
      before = { bytes: readFileSync(join(dir, "sms.yaml")), mtime: statSync(join(dir, "sms.yaml")).mtimeMs };
    });
    for (const c of CASES)
      (c.bug ? it.fails : it)(`${c.name}: exit ${c.code}`, async () => {
        const result = via === "in-process" ? await runInProcess(c.args, { cwd: dir, env: c.env }) : runBinary(c.args, { cwd: dir, env: c.env });
        expectRefusal(result, c, dir, before);
      });
  });

describe("output cut short, and the bundle", () => {
  // `iso20k check ... | head -1` is common in scripts. Today the closed pipe raises an unhandled EPIPE
  // 'error' event: Node prints "node:events ... throw er; // Unhandled 'error' event" and a stack trace.
  it("a reader that closes the pipe early (| head -c 10) gets no stack trace on stderr", () => {
    const dir = workspace();
    // A real pipe, as a shell makes it: Node's own child stdio is a socket with a buffer big enough to hide this.
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" check sms.yaml --as-of ${AS_OF} --format sarif | head -c 10 >/dev/null`], {
      cwd: dir,
      env: childEnv(),
      encoding: "utf8",
    });
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stderr).not.toMatch(/EPIPE/);
  });

  // The bundle's dynamic import("yaml") gets the CommonJS module namespace, whose stringify is on .default:
  // "unexpected error, please report it: TypeError: (intermediate value).stringify is not a function".
  it("catalog --format yaml works in the built binary as it does in-process", async () => {
    const inProcess = await runInProcess(["catalog", "--format", "yaml", "--clause", "8.5"]);
    expect(inProcess.code).toBe(0);
    const binary = runBinary(["catalog", "--format", "yaml", "--clause", "8.5"]);
    expect(binary.stderr).toBe("");
    expect(binary.stdout).toBe(inProcess.stdout);
  });

  // As root (how these tests usually run) a mode-000 file is readable anyway: only a non-root user can check this.
  it.skipIf(process.getuid?.() === 0)("an input file nobody may read: exit 2, one line (non-root only)", async () => {
    const dir = workspace();
    chmodSync(join(dir, "sms.yaml"), 0o000);
    try {
      const result = await runInProcess(["check", "sms.yaml", ...A], { cwd: dir });
      expect([result.code, result.stderr]).toEqual([2, "iso20k: cannot read sms.yaml: permission denied\n"]);
    } finally {
      chmodSync(join(dir, "sms.yaml"), 0o644);
    }
  });

  it("an output below a file is refused before any work, so no default report appears either", async () => {
    const dir = workspace();
    const result = await runInProcess(["report", "gap", "sms.yaml", ...A, "-o", "sms.yaml/gap.html"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(existsSync(join(dir, "gap-report.html"))).toBe(false);
  });
});
