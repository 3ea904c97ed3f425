// Keys named __proto__, constructor and prototype at every level, through every command in this process:
// afterwards no built-in prototype has gained or changed a property.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/cli.js";
import { COMMANDS, HOSTILE, runCommand } from "./corpus.js";

const FILES = [
  "prototype-keys.yaml",
  "prototype-keys-anchored.yaml",
  "prototype-setters.yaml",
  "prototype-setters-anchored.yaml",
  "prototype-merge.yaml",
  "prototype-values.yaml",
];

/** Every own property of the prototypes a polluted key could reach, with its value. */
function snapshot(): Record<string, unknown[]> {
  const read = (target: object) => Reflect.ownKeys(target).map((key) => [String(key), Object.getOwnPropertyDescriptor(target, key)?.value]);
  return {
    object: read(Object.prototype),
    array: read(Array.prototype),
    function: read(Function.prototype),
    string: read(String.prototype),
  };
}

describe("prototype pollution", () => {
  it("loading, checking and reporting every prototype fixture leaves ({}).polluted undefined and the prototypes unchanged", async () => {
    const before = snapshot();
    let runs = 0;
    for (const file of FILES)
      for (const command of COMMANDS) {
        const outcome = await runCommand(command, file, { cwd: `${HOSTILE}/yaml` });
        expect([0, 1]).toContain(outcome.code);
        runs++;
      }
    // Templates that reach for prototypes, in this process too.
    const out = mkdtempSync(join(tmpdir(), "iso20k-pollution-"));
    for (const dir of ["constructor", "proto", "lookup", "define-partial"]) {
      const result = await runInProcess(["report", "dossier", `${HOSTILE}/report-content/sms.yaml`, "--format", "md", "--as-of", "2026-11-21", "--template-dir", `${HOSTILE}/templates/${dir}`, "-o", join(out, `${dir}.md`)]);
      // Refused before rendering, naming the template and line.
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/not defined: templates may use the report's fields/);
    }
    rmSync(out, { recursive: true, force: true });
    expect(runs).toBe(FILES.length * COMMANDS.length);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.create(null) as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(snapshot()).toEqual(before);
  });
});
