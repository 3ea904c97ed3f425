// Nesting 10,000 levels deep, generated at test time. Run through the built binary only: parsing such a file
// twice in one process can abort V8 (see the it.fails below), which would take the test worker down with it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBinary } from "../helpers/cli.js";
import { COMMANDS, INVALID, STACK_TRACE, runCommand } from "./corpus.js";

const DEPTH = 10_000;
const FILES = [
  { name: "flow sequences", file: "flow-seq.yaml", text: `organization: ${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}\n`, line: 1, column: 15 },
  { name: "flow mappings", file: "flow-map.yaml", text: `organization: ${"{a: ".repeat(DEPTH)}x${"}".repeat(DEPTH)}\n`, line: 1, column: 15 },
  { name: "block sequences", file: "block-seq.yaml", text: `organization:\n  ${"- ".repeat(DEPTH)}x\n`, line: 2, column: 3 },
];

describe(`nesting ${DEPTH} levels deep`, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "iso20k-deep-"));
    for (const { file, text } of FILES) writeFileSync(join(dir, file), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const { name, file, line } of FILES)
    for (const command of COMMANDS) {
      const code = INVALID[command === "validate" ? "validate" : command === "check" ? "check" : "report"];
      it(`${name}: ${command} exits ${code} with one yaml-too-deep finding on line ${line}`, async () => {
        const outcome = await runCommand(command, file, { cwd: dir, via: "binary" });
        expect(outcome.stderr).not.toMatch(STACK_TRACE);
        expect(outcome.code).toBe(code);
        expect(outcome.output).toBeUndefined();
        if (command === "validate" || command === "check") {
          expect(outcome.findings).toHaveLength(1);
          expect(outcome.findings[0]).toMatchObject({ ruleId: "yaml-too-deep", line });
        } else expect(outcome.stderr).toMatch(new RegExp(`\\(yaml-too-deep\\)  ${file.replace(".", "\\.")}:${line}:\\d+\n`));
      });
    }

  // The depth is checked before parsing, so the same file always gives the same finding, at the point
  // where the nesting passes the limit, never a parser's stack overflow.
  for (const { name, file, line } of FILES)
    it(`${name}: the finding is deterministic, on line ${line}, and says the nesting is too deep`, () => {
      const result = runBinary(["validate", "--format", "json", file, file, file], { cwd: dir });
      expect(result.code).toBe(1);
      const findings = JSON.parse(result.stdout).files.map((f: { findings: { line: number; column: number; message: string }[] }) => f.findings[0]);
      for (const finding of findings) expect(finding).toEqual(findings[0]);
      expect(findings[0]).toMatchObject({ ruleId: "yaml-too-deep", line });
      expect(findings[0].message).toMatch(/nests deeper than any SMS description needs/);
    });

  // Parsing the same deep file a second time in one process aborts V8 ("FATAL ERROR: RegExpCompiler Allocation
  // failed - process out of memory", exit 134): `iso20k validate deep.yaml deep.yaml` crashes.
  it("validating a deep file several times in one run does not crash the process", () => {
    const result = runBinary(["validate", "flow-seq.yaml", "flow-seq.yaml", "flow-map.yaml", "block-seq.yaml"], { cwd: dir });
    expect(result.stderr).not.toMatch(/FATAL ERROR/);
    expect(result.code).toBe(1);
  });
});
