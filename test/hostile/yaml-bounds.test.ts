// Inputs under --max-size that once cost minutes or gigabytes (docs/security.md, "Bounded work"):
// findings placed through aliases, aliases that expand to too much text, nesting just past the flow
// limit on many lines. Built here at a tenth or less of the size that hurt; each runs in-process
// under the default test timeout, which is the bound. scripts/bench-yaml-bounds.mjs times full sizes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MINIMAL } from "../helpers/check-yaml.js";
import { STACK_TRACE, runCommand, type Brief } from "./corpus.js";

const HEADER = MINIMAL.replace("documents: []\n", ""); // 9 lines: what follows starts on line 10

function aliasedEvidence(count: number): string {
  const lines = ["documents:"];
  for (let i = 0; i < count; i++)
    lines.push(`  - id: NW-${i}`, `    title: Policy ${i}`, "    satisfies: [change-management-policy]", i === 0 ? "    evidence: &path docs/missing.md" : "    evidence: *path");
  return `${HEADER}${lines.join("\n")}\n`;
}

const aliasedScalar = (chars: number, times: number) =>
  `${HEADER}notes:\n  text: &big "${"x".repeat(chars)}"\n  copies: [${Array(times).fill("*big").join(", ")}]\n`;

const manyAliases = (count: number) => `${HEADER}notes:\n  word: &w hello\n  copies: [${Array(count).fill("*w").join(", ")}]\n`;

/** `count` keys in one mapping, then the sixth written again. */
const manyKeys = (count: number) => `${HEADER}notes:\n${Array.from({ length: count }, (_, i) => `  k${i}: v\n`).join("")}  k5: again\n`;

/** `count` items in one flow sequence, closed twice. */
const longFlowClosedTwice = (count: number) => `${HEADER}notes: [${"a,".repeat(count)}a]]\n`;

/** `lines` keys whose flow sequences nest `from` deep, then one more on each line after. */
function deepFlow(lines: number, from: number): string {
  const out = ["notes:"];
  for (let i = 0; i < lines; i++) out.push(`  k${i}: ${"[".repeat(from + i)}${"]".repeat(from + i)}`);
  return `${HEADER}${out.join("\n")}\n`;
}

const f = (ruleId: string, line: number, column: number): Brief => ({ ruleId, line, column });
// The root lacks `documents` (required), and `notes` is no SMS key.
const NOTES_UNKNOWN = [f("schema", 1, 1), f("schema", 10, 1)];

interface Case {
  name: string;
  text: () => string;
  validate: Brief[];
  /** What check adds to validate's findings, or undefined when validate's findings stop it. */
  checkCode: number;
  check?: (findings: Brief[]) => void;
}

const CASES: Case[] = [
  {
    // Each finding once walked the whole document to resolve its alias: 2,000 took 38 s.
    name: "1,000 evidence paths given through one alias, each finding placed at the anchored value (after `&path `)",
    text: () => aliasedEvidence(1000),
    validate: [],
    checkCode: 1,
    check: (findings) => {
      const missing = findings.filter((x) => x.ruleId === "evidence-missing");
      expect(missing).toHaveLength(1000);
      for (const finding of missing) expect(finding).toEqual(f("evidence-missing", 14, 21));
    },
  },
  {
    name: "a 100,000-character scalar aliased 200 times (20 million characters from 0.1 MB)",
    text: () => aliasedScalar(100_000, 200),
    validate: [f("yaml-alias-limit", 12, 12)],
    checkCode: 1,
  },
  {
    name: "a scalar aliased up to 10 times the file's size plus 1 MB is read",
    text: () => aliasedScalar(100_000, 15),
    validate: NOTES_UNKNOWN,
    checkCode: 1,
  },
  // Aliases are not counted, only what they expand to: 50,000 aliases of one word are read.
  { name: "50,000 aliases of one word are read", text: () => manyAliases(50_000), validate: NOTES_UNKNOWN, checkCode: 1 },
  {
    name: "an alias inside its own anchor (a cycle)",
    text: () => `${HEADER}notes: &loop\n  again: *loop\n`,
    validate: [f("yaml-alias-limit", 11, 10)],
    checkCode: 1,
  },
  // The yaml package's own duplicate check is quadratic (50,000 keys took 238 s): ours is linear.
  { name: "20,000 keys in one mapping, one written twice: the duplicate at its line", text: () => manyKeys(20_000), validate: [f("yaml-duplicate-key", 20_011, 3)], checkCode: 1 },
  {
    // Past what the yaml package is given (about 1.5 KB of heap a node), the reader's account of the error.
    name: "60,000 keys in one mapping, one written twice: the duplicate at its line, from the reader",
    text: () => manyKeys(60_000),
    validate: [f("yaml-duplicate-key", 60_011, 3)],
    checkCode: 1,
  },
  { name: "a flow sequence of 300,000 items closed twice: the error at its place", text: () => longFlowClosedTwice(300_000), validate: [f("yaml-syntax", 10, 600_011)], checkCode: 1 },
  { name: "flow sequences nested 100 deep are read", text: () => deepFlow(1, 100), validate: NOTES_UNKNOWN, checkCode: 1 },
  {
    // 20,000 such lines once took the `yaml` package 93 s and 4.3 GB before V8 gave up.
    name: "2,000 lines of flow sequences nested 101 deep and more, refused at the first bracket past 100",
    text: () => deepFlow(2000, 101),
    validate: [f("yaml-too-deep", 11, 107)],
    checkCode: 1,
  },
];

describe("bounded work on YAML under --max-size", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "iso20k-bounds-"));
    CASES.forEach((c, i) => writeFileSync(join(dir, `case-${i}.yaml`), c.text()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  CASES.forEach((c, i) => {
    it(`${c.name}: validate`, async () => {
      const outcome = await runCommand("validate", `case-${i}.yaml`, { cwd: dir });
      expect(outcome.stderr).not.toMatch(STACK_TRACE);
      expect(outcome.findings).toEqual(c.validate);
      expect(outcome.code).toBe(c.validate.length > 0 ? 1 : 0);
    });
    it(`${c.name}: check exits ${c.checkCode}`, async () => {
      const outcome = await runCommand("check", `case-${i}.yaml`, { cwd: dir });
      expect(outcome.stderr).not.toMatch(STACK_TRACE);
      expect(outcome.code).toBe(c.checkCode);
      if (c.check) c.check(outcome.findings);
      else expect(outcome.findings.filter((x) => /^(yaml-|schema$)/.test(x.ruleId))).toEqual(c.validate);
    });
  });
});
