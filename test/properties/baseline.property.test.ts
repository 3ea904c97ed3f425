// Property-based: whatever an edited or corrupted --baseline holds, check exits 0, 1 or 2 without a crash, and a
// refusal is one line. 300 mutations of a real baseline (check --format json on examples/early-stage), in-process;
// the seed is fixed (fast-check prints seed and counterexample on failure).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runInProcess } from "../helpers/cli.js";

const SEED = 20_261_201;
const RUNS = 300;
const STACK_TRACE = /\n\s+at /;
const CHECK = ["check", join(ROOT, "examples/early-stage/sms.yaml"), "--as-of", "2026-11-21", "--format", "json"];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

let dir: string;
let baseline: Json;
let paths: Path[];
let count = 0;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "iso20k-baseline-properties-"));
  baseline = JSON.parse((await runInProcess([...CHECK, "--fail-on", "none"])).stdout);
  paths = pathsIn(baseline, []);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every place in the value, the root included, parents before children. */
function pathsIn(value: Json, at: Path): Path[] {
  if (value === null || typeof value !== "object") return [at];
  const children = Array.isArray(value) ? value.map((item, i) => pathsIn(item, [...at, i])) : Object.entries(value).map(([key, item]) => pathsIn(item, [...at, key]));
  return [at, ...children.flat()];
}

type Mutation = { kind: "replace"; value: Json } | { kind: "remove" } | { kind: "add"; key: string; value: Json } | { kind: "duplicate" };

/** A copy of `root` with the mutation applied at `path`; removing the root leaves nothing but "null". */
function mutate(root: Json, path: Path, mutation: Mutation): Json {
  const copy = structuredClone(root);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], copy);
  const last = path.at(-1);
  const target = last === undefined ? copy : (parent as Record<string | number, Json>)[last];
  const set = (value: Json) => (last === undefined ? value : (((parent as Record<string | number, Json>)[last] = value), copy));
  switch (mutation.kind) {
    case "replace":
      return set(mutation.value);
    case "remove":
      if (last === undefined) return null;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, Json>)[last];
      return copy;
    case "add":
      if (target !== null && typeof target === "object" && !Array.isArray(target)) target[mutation.key] = mutation.value;
      else if (Array.isArray(target)) target.push(mutation.value);
      return copy;
    case "duplicate":
      if (Array.isArray(target)) target.push(...target);
      return copy;
  }
}

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, "", 0, -1, 1.5, 1e308, true, [], {}, [null], "__proto__", "constructor", "9".repeat(400)),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  hostileValue.map((value) => ({ kind: "replace" as const, value })),
  fc.constant({ kind: "remove" as const }),
  fc.record({ kind: fc.constant("add" as const), key: fc.oneof(fc.string(), fc.constantFrom("__proto__", "baseline", "atKey", "a/b~c")), value: hostileValue }),
  fc.constant({ kind: "duplicate" as const }),
);
/** Text-level damage too: a file cut short, or with a byte changed. */
const damage = fc.oneof(fc.constant({ cut: undefined, byte: undefined }), fc.record({ cut: fc.nat(), byte: fc.constant(undefined) }), fc.record({ cut: fc.constant(undefined), byte: fc.tuple(fc.nat(), fc.integer({ min: 0, max: 127 })) }));

function damaged(text: string, { cut, byte }: { cut?: number; byte?: [number, number] }): string {
  if (cut !== undefined) return text.slice(0, cut % (text.length + 1));
  if (byte !== undefined) {
    const at = byte[0] % text.length;
    return text.slice(0, at) + String.fromCharCode(byte[1]) + text.slice(at + 1);
  }
  return text;
}

describe("check --baseline, on mutated baselines", () => {
  it(`exits 0, 1 or 2 without a stack trace, refusing in one line (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.boolean(), mutation, damage, async (pick, inFindings, change, harm) => {
        // Half the mutations land in the findings, which the baseline comparison reads.
        const findingPaths = paths.filter((p) => p[0] === "findings");
        const pool = inFindings && findingPaths.length > 0 ? findingPaths : paths;
        const path = pool[pick % pool.length];
        const file = `baseline-${++count}.json`;
        writeFileSync(join(dir, file), damaged(JSON.stringify(mutate(baseline, path, change)), harm));
        const result = await runInProcess([...CHECK, "--baseline", file], { cwd: dir });
        expect(result.stderr).not.toMatch(STACK_TRACE);
        expect(result.stderr).not.toMatch(/unexpected error/);
        expect([0, 1, 2]).toContain(result.code);
        if (result.code === 2) expect(result.stderr).toMatch(/^iso20k: [^\n]*\n$/);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);
});
