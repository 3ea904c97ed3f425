// Inputs too big to read, or never-ending: refused by --max-size at once, without reading them into memory.
// The big files are generated in a temporary folder at test time and removed afterwards.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, childEnv, runInProcess } from "../helpers/cli.js";
import { AS_OF, COMMANDS, STACK_TRACE, VALID_WITH_GAPS, argsFor, expectOutcome, runCommand } from "./corpus.js";

const MB = 1024 * 1024;

/** The built binary with a small JavaScript heap: a command that reads a 100 MB file into a string dies. */
function runSmallHeap(args: string[], cwd: string, timeout = 20_000) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--max-old-space-size=32", BIN, ...args], {
    cwd,
    env: childEnv(),
    encoding: "utf8",
    timeout,
    killSignal: "SIGKILL",
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

describe("a 100 MB file", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "iso20k-100mb-"));
    const fd = openSync(join(dir, "big.yaml"), "w");
    const chunk = Buffer.from(`organization:\n  name: Northwind\n${"# padding to make the file large\n".repeat(32 * 1024)}`.slice(0, MB));
    for (let i = 0; i < 100; i++) writeSync(fd, chunk, 0, MB);
    closeSync(fd);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const message = `iso20k: big.yaml is ${100 * MB} bytes, over the limit of ${10 * MB} bytes; raise it with --max-size\n`;
  for (const command of COMMANDS)
    it(`${command}: exit 2 with a one-line message in under 3 s, without loading it (32 MB heap)`, () => {
      const out = join(dir, `out-${command.replace(/ /g, "-")}`);
      const result = runSmallHeap(argsFor(command, "big.yaml", out), dir);
      expect(result.stderr).toBe(message);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.ms).toBeLessThan(3000);
      expect(existsSync(out)).toBe(false);
    });

  it("in-process too, and a raised --max-size is honoured", async () => {
    const refused = await runInProcess(["validate", "big.yaml"], { cwd: dir });
    expect([refused.code, refused.stderr]).toEqual([2, message]);
    const tiny = await runInProcess(["check", "big.yaml", "--max-size", "0.5"], { cwd: dir });
    expect(tiny.stderr).toBe(`iso20k: big.yaml is ${100 * MB} bytes, over the limit of ${MB / 2} bytes; raise it with --max-size\n`);
  });
});

describe("a 5 MB single string", () => {
  let dir: string;
  const name = "N".repeat(5 * MB);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "iso20k-5mb-"));
    writeFileSync(
      join(dir, "sms.yaml"),
      `organization:\n  name: "${name}"\nscope:\n  services:\n    - id: desk\n      name: Service desk\n  businessCategories: ["06.04"]\nsms:\n  startDate: 2026-01-05\ndocuments:\n  - id: NW-CHG-01\n    title: Change Management Policy\n    satisfies: [change-management-policy]\n    evidence: docs/missing.md\n`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const command of COMMANDS)
    it(`${command}: runs to the end in under 15 s`, async () => {
      const started = performance.now();
      const outcome = await runCommand(command, "sms.yaml", { cwd: dir });
      expectOutcome(command, outcome, VALID_WITH_GAPS[command === "validate" ? "validate" : command === "check" ? "check" : "report"], [{ ruleId: "evidence-missing", line: 14, column: 15 }], "sms.yaml");
      expect(performance.now() - started).toBeLessThan(15_000);
      if (command === "check") expect(JSON.parse(outcome.stdout).organization).toBe(name);
    });
});

// A character device or a named pipe has no size to check: it must be refused, not read until memory runs out.
describe("inputs that never end", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "iso20k-endless-"));
    execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
    writeFileSync(join(dir, "sms.yaml"), "organization:\n  name: Northwind\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cases: { name: string; args: string[] }[] = [
    { name: "validate /dev/zero", args: ["validate", "/dev/zero"] },
    { name: "check on a named pipe nobody writes to", args: ["check", "pipe.yaml", "--as-of", AS_OF] },
    { name: "check --baseline /dev/zero", args: ["check", "sms.yaml", "--as-of", AS_OF, "--baseline", "/dev/zero"] },
  ];
  // Today each of these reads forever (/dev/zero grows to gigabytes in seconds) or blocks; the test kills it after 3 s.
  for (const c of cases)
    it(`${c.name}: refused at once with exit 2 and a one-line message`, () => {
      const result = runSmallHeap(c.args, dir, 3000);
      expect(result.signal).toBeNull();
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^iso20k: .*\n$/);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    });
});


describe("a file that reports no size", () => {
  // /proc files say they are empty and then produce data; pagemap produces far more than the limit.
  it.skipIf(!existsSync("/proc/self/pagemap"))("is read only up to --max-size, then refused with one line and exit 2", async () => {
    const result = await runInProcess(["validate", "/proc/self/pagemap", "--max-size", "1"]);
    expect([result.code, result.stdout, result.stderr]).toEqual([2, "", "iso20k: /proc/self/pagemap holds more than the limit of 1048576 bytes; raise it with --max-size\n"]);
  });
});
