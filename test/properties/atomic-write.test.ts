// Outputs are written atomically: the built binary writing a large `report mapping --format html -o out.html`
// over an existing out.html is SIGKILLed at random moments, and at the moment its temporary file appears.
// out.html is always the old file or the new complete one; the input is never touched.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import schema from "../../schemas/sms.schema.json" with { type: "json" };
import { BIN, childEnv } from "../helpers/cli.js";

const DOCUMENTS = 1200;
const KILLS = 16;
const SEED = 20_261_121;
const TEMPORARY = /^\.out\.html\.[0-9a-f]{12}\.tmp$/;

/** An SMS with many documents, so that the mapping report is a few megabytes. */
function largeSms(): string {
  const requirements: string[] = schema.$defs.requirementId.enum;
  const documents = Array.from({ length: DOCUMENTS }, (_, i) =>
    [
      `  - id: DOC-${i}`,
      `    title: Document ${i} of the service management system, with a title long enough to fill the report`,
      `    satisfies: [${requirements[i % requirements.length]}, ${requirements[(i * 7 + 3) % requirements.length]}]`,
      `    owner: Owner ${i}`,
      `    version: "1.${i}"`,
      "    status: approved",
      "    approvalDate: 2026-02-01",
      "    nextReviewDate: 2027-02-01",
      `    evidence: docs/doc-${i}.md`,
    ].join("\n"),
  );
  return `organization:\n  name: Large Org\nscope:\n  services:\n    - id: desk\n      name: Service desk\n  businessCategories: ["06.04"]\nsms:\n  startDate: 2026-01-05\ndocuments:\n${documents.join("\n")}\n`;
}

const ARGS = ["report", "mapping", "sms.yaml", "--format", "html", "--as-of", "2026-11-21", "-o", "out.html"];
const OLD = `<!DOCTYPE html>\n<title>the previous report</title>\n${"<p>old content</p>\n".repeat(50_000)}`;

type Ending = "old" | "new";

/** Runs the binary over the old out.html and kills it: after `delay` ms, or as soon as its temporary file appears. */
function runAndKill(dir: string, kill: { delay: number } | "on-temporary-file"): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...ARGS], { cwd: dir, env: childEnv(), stdio: "ignore" });
    let watcher: ReturnType<typeof watch> | undefined;
    let timer: NodeJS.Timeout | undefined;
    if (kill === "on-temporary-file")
      watcher = watch(dir, (_, name) => {
        if (name && TEMPORARY.test(name)) child.kill("SIGKILL");
      });
    else timer = setTimeout(() => child.kill("SIGKILL"), kill.delay);
    child.on("exit", (code, signal) => {
      watcher?.close();
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

describe("atomic output under SIGKILL", () => {
  let dir: string;
  let fresh: string;
  let input: { bytes: Buffer; mtime: number };
  let duration: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "iso20k-atomic-"));
    writeFileSync(join(dir, "sms.yaml"), largeSms());
    input = { bytes: readFileSync(join(dir, "sms.yaml")), mtime: statSync(join(dir, "sms.yaml")).mtimeMs };
    const started = performance.now();
    const reference = await runAndKill(dir, { delay: 120_000 });
    duration = performance.now() - started;
    expect(reference.code).toBe(0);
    fresh = readFileSync(join(dir, "out.html"), "utf8");
    expect(fresh.length).toBeGreaterThan(1_000_000);
    expect(fresh).toMatch(/<\/html>\s*$/);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`out.html is the old file or the new complete one, never a partial one (${KILLS} kills)`, async () => {
    // Random moments from a fixed seed: reproducible, spread over the whole run and just past it.
    const delays = fc.sample(fc.integer({ min: Math.round(duration * 0.2), max: Math.round(duration * 1.2) }), { numRuns: KILLS / 2, seed: SEED });
    const plan: ({ delay: number } | "on-temporary-file")[] = [...delays.map((delay) => ({ delay })), ...Array<"on-temporary-file">(KILLS / 2).fill("on-temporary-file")];
    const endings: Record<Ending, number> = { old: 0, new: 0 };
    const leftovers: { kill: string; bytes: number; complete: boolean }[] = [];

    for (const kill of plan) {
      writeFileSync(join(dir, "out.html"), OLD);
      const exit = await runAndKill(dir, kill);
      const out = readFileSync(join(dir, "out.html"), "utf8");
      const ending: Ending | "partial" = out === OLD ? "old" : out === fresh ? "new" : "partial";
      expect(ending, `after ${JSON.stringify(kill)} (${exit.signal ?? exit.code}) out.html is ${out.length} bytes`).not.toBe("partial");
      endings[ending as Ending]++;

      // Beside it: only the input and, after a kill mid-write, the temporary file (never removed by a SIGKILLed process).
      for (const name of readdirSync(dir)) {
        if (name === "sms.yaml" || name === "out.html") continue;
        expect(name).toMatch(TEMPORARY);
        const text = readFileSync(join(dir, name), "utf8");
        leftovers.push({ kill: typeof kill === "string" ? kill : `${kill.delay} ms`, bytes: text.length, complete: text === fresh });
        rmSync(join(dir, name));
      }
      expect(readFileSync(join(dir, "sms.yaml")).equals(input.bytes)).toBe(true);
      expect(statSync(join(dir, "sms.yaml")).mtimeMs).toBe(input.mtime);
    }
    // What the kills found, for the record (a run takes about `duration` ms).
    console.info(`atomic write: a run takes ${Math.round(duration)} ms; endings ${JSON.stringify(endings)}; temporary files left: ${JSON.stringify(leftovers)}`);
    expect(endings.old + endings.new).toBe(KILLS);
  }, 240_000);

  it("an uninterrupted run replaces the old file with the new one and leaves nothing beside it", async () => {
    writeFileSync(join(dir, "out.html"), OLD);
    const exit = await runAndKill(dir, { delay: 120_000 });
    expect(exit.code).toBe(0);
    expect(readFileSync(join(dir, "out.html"), "utf8")).toBe(fresh);
    expect(readdirSync(dir).sort()).toEqual(["out.html", "sms.yaml"]);
    expect(existsSync(join(dir, "sms.yaml"))).toBe(true);
  }, 120_000);
});
