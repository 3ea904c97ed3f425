// Evidence paths that try to leave the root: each is a finding at its line and column, and none is followed.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/cli.js";
import { AS_OF, COMMANDS, HOSTILE, VALID_WITH_GAPS, expectOutcome, runCommand, type Brief, type Command } from "./corpus.js";

/** A copy of fixtures/hostile/evidence as `root`, with a secret beside it and the links the fixture describes. */
const bases: string[] = [];
afterAll(() => {
  for (const base of bases) rmSync(base, { recursive: true, force: true });
});

function evidenceRoot(): string {
  const base = realpathSync(mkdtempSync(join(tmpdir(), "iso20k-evidence-")));
  bases.push(base);
  const root = join(base, "root");
  cpSync(join(HOSTILE, "evidence"), root, { recursive: true });
  mkdirSync(join(base, "outside"));
  writeFileSync(join(base, "outside/secret.md"), "TOP-SECRET-7f3a\n");
  symlinkSync("../../outside/secret.md", join(root, "docs/link-out.md"));
  symlinkSync("/etc", join(root, "docs/etc-link"));
  symlinkSync("policy.md", join(root, "docs/link-in.md"));
  return root;
}

const OUTSIDE = [
  { ruleId: "evidence-outside-root", line: 8, column: 15 }, // ../../etc/passwd
  { ruleId: "evidence-outside-root", line: 17, column: 86 }, // ../outside/secret.md
  { ruleId: "evidence-outside-root", line: 18, column: 74 }, // /etc/passwd
  { ruleId: "evidence-outside-root", line: 19, column: 77 }, // docs/link-out.md, a link out
  { ruleId: "evidence-outside-root", line: 20, column: 80 }, // docs/etc-link/passwd, through a folder link out
  { ruleId: "evidence-missing", line: 21, column: 74 }, // a NUL byte
  { ruleId: "evidence-missing", line: 22, column: 78 }, // a folder
  { ruleId: "evidence-outside-root", line: 23, column: 85 }, // C:\Windows\win.ini
  { ruleId: "evidence-outside-root", line: 24, column: 75 }, // //server/share
  { ruleId: "evidence-outside-root", line: 25, column: 85 }, // docs/../../outside
  { ruleId: "evidence-missing", line: 28, column: 73 }, // docs/missing.md (EV-10 and EV-11 stay inside: no finding)
  { ruleId: "evidence-outside-root", line: 31, column: 85 }, // a register through the link out
  { ruleId: "evidence-outside-root", line: 33, column: 24 }, // application, ten levels up
];

describe("evidence paths leaving the root, through every command", () => {
  let root: string;
  beforeAll(() => {
    root = evidenceRoot();
  });

  const rows: { name: string; file: string; command: Command; code: number; findings: Brief[] }[] = COMMANDS.map((command) => ({
    name: "evidence paths out of the root",
    file: "sms.yaml",
    command,
    code: VALID_WITH_GAPS[command === "validate" ? "validate" : command === "check" ? "check" : "report"],
    findings: OUTSIDE,
  }));
  for (const row of rows)
    it(`${row.name}: ${row.command} exits ${row.code}`, async () => {
      const outcome = await runCommand(row.command, row.file, { cwd: root });
      expectOutcome(row.command, outcome, row.code, row.findings, row.file);
    });

  it("names each problem precisely: outside, not a valid path, a folder", async () => {
    const outcome = await runCommand("check", "sms.yaml", { cwd: root });
    const messages = JSON.parse(outcome.stdout).findings.filter((f: Brief) => f.ruleId.startsWith("evidence-")).map((f: { messageId: string }) => f.messageId);
    expect(messages.filter((id: string) => id.endsWith(".outside"))).toHaveLength(10);
    expect(messages).toContain("rule.evidence-missing.invalid");
    expect(messages).toContain("rule.evidence-missing.not-a-file");
    expect(messages).toContain("rule.evidence-missing.missing");
  });

  it("the dossier and mapping never show what lies outside the root", async () => {
    for (const command of ["report dossier md", "report mapping csv", "report gap html"] as Command[]) {
      const outcome = await runCommand(command, "sms.yaml", { cwd: root });
      expect(outcome.output).toBeDefined();
      expect(outcome.output).not.toContain("TOP-SECRET-7f3a"); // the secret's text
      expect(outcome.output).not.toMatch(/root:x:0:0/); // /etc/passwd
    }
  });

  it("opens, reads, hashes or stats nothing outside the root (in-process, every file system call recorded)", async () => {
    const watched = ["openSync", "readFileSync", "statSync", "lstatSync", "createReadStream", "readSync", "accessSync", "existsSync"] as const;
    const touched: string[] = [];
    const originals = new Map<string, unknown>();
    const writable = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of watched) {
      const original = writable[name];
      originals.set(name, original);
      writable[name] = function (this: unknown, ...args: unknown[]) {
        if (typeof args[0] === "string") touched.push(resolve(root, args[0]));
        return original.apply(this, args);
      };
    }
    syncBuiltinESMExports();
    try {
      const result = await runInProcess(["check", "sms.yaml", "--format", "json", "--as-of", AS_OF], { cwd: root });
      expect(result.code).toBe(1);
    } finally {
      for (const [name, original] of originals) writable[name] = original as (...args: unknown[]) => unknown;
      syncBuiltinESMExports();
    }
    const inside = (path: string) => {
      const rel = relative(root, path);
      return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
    };
    // The SMS file itself is read; the tool's own files (catalogue, validator) live in the repository.
    const repository = resolve(HOSTILE, "../../..");
    const outside = touched.filter((path) => !inside(path) && !inside(realpathOrSelf(path)) && !path.startsWith(repository));
    expect(touched.some((path) => path.startsWith(root))).toBe(true); // the recorder saw the tool's calls
    expect(outside).toEqual([]);
  });
});

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

describe("evidence that is a named pipe or unreadable", () => {
  const isRoot = process.getuid?.() === 0;
  let root: string;
  beforeAll(() => {
    root = evidenceRoot();
    execFileSync("mkfifo", [join(root, "docs/fifo")]);
    writeFileSync(join(root, "docs/unreadable.md"), "secret\n");
    chmodSync(join(root, "docs/unreadable.md"), 0o000);
  });
  afterAll(() => chmodSync(join(root, "docs/unreadable.md"), 0o600));

  it("a named pipe with a recorded sha256 is not a file, and is never opened (which would block)", async () => {
    const outcome = await runCommand("check", "special.yaml", { cwd: root });
    expect(outcome.code).toBe(1);
    expect(outcome.findings.filter((f) => f.ruleId.startsWith("evidence-"))).toEqual(
      isRoot ? [{ ruleId: "evidence-missing", line: 13, column: 86 }] : [{ ruleId: "evidence-missing", line: 13, column: 86 }, { ruleId: "evidence-missing", line: 14, column: 76 }],
    );
  });

  // Tests usually run as root, who reads a mode-000 file anyway: then there is nothing to refuse.
  it.skipIf(isRoot)("an unreadable evidence file is a finding (only checkable as a non-root user)", async () => {
    const outcome = await runCommand("check", "special.yaml", { cwd: root });
    const unreadable = JSON.parse(outcome.stdout).findings.find((f: { line: number }) => f.line === 14);
    expect(unreadable).toMatchObject({ ruleId: "evidence-missing", messageId: "rule.evidence-missing.unreadable", line: 14, column: 76 });
  });
});
