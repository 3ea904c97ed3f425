// Property-based: whatever a pull request puts in sms.yaml, every command exits 0, 1 or 2 without a crash,
// JSON and SARIF parse, and every finding points inside the file. 1,000 generated cases per command, in-process,
// each written to its own file; the seeds are fixed (fast-check prints seed and counterexample on failure).
//
// Positions are checked on the same cases but collected rather than thrown, so that a known position bug (see
// the it.fails tests) does not hide a crash: the exit-code properties stay strict.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess, type CliResult } from "../helpers/cli.js";
import { anyInput, cleanSmsYaml } from "./arbitraries.js";
import { explainYaml } from "../../src/load/explain-yaml.js";
import { expansionLimits } from "../../src/load/parse-yaml.js";
import { readValidYaml } from "../../src/load/read-valid-yaml.js";
import { pointers } from "../helpers/yaml-pointers.js";

const SEED = 20_261_121;
const RUNS = 1000;
const STACK_TRACE = /\n\s+at /;
const AS_OF = ["--as-of", "2026-11-21"];

interface Located {
  ruleId: string;
  line: number;
  column: number;
}

interface Violation {
  text: string;
  problem: string;
}

let dir: string;
let count = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "iso20k-properties-"));
  mkdirSync(join(dir, "docs"));
  writeFileSync(join(dir, "docs/policy.md"), "# Policy\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the case to its own file and runs the command on it. */
async function runOn(text: string, args: (file: string) => string[]): Promise<CliResult> {
  const file = `case-${++count}.yaml`;
  writeFileSync(join(dir, file), text);
  return runInProcess(args(file), { cwd: dir });
}

function expectNoCrash(result: CliResult, codes: number[]) {
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.stderr).not.toMatch(/unexpected error/);
  expect(codes).toContain(result.code);
}

/** Findings outside 1 <= line <= lines, 1 <= column <= that line's length + 1 (the text as the tool reads it). */
function outside(findings: Located[], text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  return findings
    .filter((f) => !(Number.isInteger(f.line) && f.line >= 1 && f.line <= lines.length && Number.isInteger(f.column) && f.column >= 1 && f.column <= lines[f.line - 1].length + 1))
    .map((f) => `${f.ruleId} at ${f.line}:${f.column}, but the file has ${lines.length} line(s) and that line ${JSON.stringify(lines[f.line - 1] ?? null)}`);
}

/** The shortest offending input first: what a person fixing the bug wants to read. */
function report(violations: Violation[]): string {
  const shortest = [...violations].sort((a, b) => a.text.length - b.text.length)[0];
  return shortest ? `${violations.length} case(s); shortest input ${JSON.stringify(shortest.text)}: ${shortest.problem}` : "";
}

const COMMANDS = [
  {
    name: "validate --format json",
    args: (file: string) => ["validate", "--format", "json", file],
    codes: [0, 1],
    located(result: CliResult): Located[] {
      const parsed = JSON.parse(result.stdout);
      expect(result.code).toBe(parsed.valid ? 0 : 1);
      return parsed.files[0].findings;
    },
  },
  {
    name: "check --format json",
    args: (file: string) => ["check", file, "--format", "json", ...AS_OF],
    codes: [0, 1, 2],
    located(result: CliResult): Located[] {
      const parsed = JSON.parse(result.stdout);
      if (!parsed.valid) expect(result.code).toBe(1);
      return [...parsed.findings, ...parsed.suppressed];
    },
  },
  {
    name: "check --format sarif",
    args: (file: string) => ["check", file, "--format", "sarif", ...AS_OF],
    codes: [0, 1, 2],
    located(result: CliResult): Located[] {
      const log = JSON.parse(result.stdout);
      expect(log.version).toBe("2.1.0");
      return log.runs[0].results.flatMap((r: { ruleId: string; locations?: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }) =>
        (r.locations ?? []).map((l) => ({ ruleId: r.ruleId, line: l.physicalLocation.region.startLine, column: l.physicalLocation.region.startColumn })),
      );
    },
  },
  {
    name: "report gap --format md",
    args: (file: string) => ["report", "gap", file, "--format", "md", ...AS_OF],
    codes: [0, 1],
    located(result: CliResult): Located[] {
      if (result.code === 0) expect(result.stdout).toMatch(/^# \S[\s\S]*\n$/);
      else expect(result.stdout).toBe("");
      // When the file cannot be reported on, its findings are listed on stderr as file:line:col.
      return [...result.stderr.matchAll(/case-\d+\.yaml:(\d+):(\d+) .*\((\S+)\)$/gm)].map((m) => ({ ruleId: m[3], line: Number(m[1]), column: Number(m[2]) }));
    },
  },
];

for (const [index, command] of COMMANDS.entries())
  describe(`${command.name} on generated SMS descriptions and YAML noise`, () => {
    const violations: Violation[] = [];

    it(`exits ${command.codes.join(", ")} without a stack trace; machine output parses (${RUNS} cases)`, async () => {
      await fc.assert(
        fc.asyncProperty(anyInput, async (text) => {
          const result = await runOn(text, command.args);
          expectNoCrash(result, command.codes);
          for (const problem of outside(command.located(result), text)) violations.push({ text, problem });
        }),
        { numRuns: RUNS, seed: SEED + index },
      );
    }, 120_000);

    // The yaml package's LineCounter misses a line break that it lexes inside an error token, so later errors
    // land on the line above, past its end: "organization:a# c: & * << ! %\n  name: a\n" gives 1:52 on a
    // 42-character line 1 (the "a" is at 2:9). Found by these properties; see the it.fails rows for the corpus.
    it(`every finding lies inside the file: 1 <= line <= lines, 1 <= column <= line length + 1 (same ${RUNS} cases)`, () => {
      expect(report(violations)).toBe("");
    });
  });

// Our reader, which reads valid files, and the yaml package, which reads a file the reader refuses, must read
// a file alike: the same data, and every node at the same line and column.
describe("the reader and the yaml package on generated SMS descriptions", () => {
  it("read the same data and place every node alike (300 cases)", () => {
    fc.assert(
      fc.property(cleanSmsYaml, (text) => {
        const limits = expansionLimits(text.length);
        const fast = readValidYaml(text, limits);
        const slow = explainYaml(text, "sms.yaml", limits);
        expect(slow.problems).toEqual([]);
        if (!("data" in fast)) return; // a construct the reader leaves to the yaml package (`- - a`), which read it
        if (!slow.locator) throw new Error("the yaml package should read the file");
        expect(fast.data).toStrictEqual(slow.data);
        for (const pointer of pointers(fast.data)) {
          expect([pointer, fast.locator.locate(pointer)]).toEqual([pointer, slow.locator.locate(pointer)]);
          expect([pointer, fast.locator.locate(pointer, true)]).toEqual([pointer, slow.locator.locate(pointer, true)]);
        }
      }),
      { numRuns: 300, seed: SEED + 10 },
    );
  }, 120_000);
});
