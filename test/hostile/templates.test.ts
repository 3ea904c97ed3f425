// --template-dir templates that reach for prototypes, call helpers that do not exist, include themselves or loop
// over a huge list. Run through the built binary: a runaway template must not take the test worker with it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { BIN, childEnv, runInProcess } from "../helpers/cli.js";
import { AS_OF, HOSTILE, STACK_TRACE } from "./corpus.js";

const TEMPLATES = join(HOSTILE, "templates");
const SMS = join(HOSTILE, "report-content/sms.yaml");

function renderWith(templateDir: string, timeout = 20_000) {
  const out = join(mkdtempSync(join(tmpdir(), "iso20k-template-")), "dossier.md");
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, "report", "dossier", SMS, "--format", "md", "--as-of", AS_OF, "--template-dir", join(TEMPLATES, templateDir), "-o", out], {
    env: childEnv(),
    encoding: "utf8",
    timeout,
    killSignal: "SIGKILL",
  });
  const output = existsSync(out) ? readFileSync(out, "utf8") : undefined;
  rmSync(dirname(out), { recursive: true, force: true });
  return { code: result.status, signal: result.signal, stderr: result.stderr, out, output, ms: performance.now() - started };
}

interface Refused {
  name: string;
  dir: string;
  stderr: RegExp;
}

// Refused with exit 2, one line naming the template and the line, and no file written.
const REFUSED: Refused[] = [
  { name: "{{constructor.constructor}}", dir: "constructor-chain", stderr: /^iso20k: template .*constructor-chain\/dossier\.md\.hbs, line 2: "constructor" not defined/ },
  { name: "an unknown block helper", dir: "unknown-helper", stderr: /^iso20k: template .*unknown-helper\/dossier\.md\.hbs, line 3: "shout" not defined/ },
];

describe("templates that are refused", () => {
  for (const c of REFUSED)
    it(`${c.name}: exit 2, the template and line named, no file`, () => {
      const result = renderWith(c.dir);
      expect(result.stderr).toMatch(c.stderr);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.code).toBe(2);
      expect(result.output).toBeUndefined();
    });

  it("a partial that includes itself: stopped with exit 2 naming it, no file, in seconds", () => {
    const result = renderWith("recursive-partial");
    expect(result.stderr).toMatch(/^iso20k: template .*recursive-partial\/md-footer\.hbs/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.code).toBe(2);
    expect(result.output).toBeUndefined();
    expect(result.ms).toBeLessThan(10_000);
  });

  it("calling Handlebars' own helperMissing: exit 2 naming the template, no file", () => {
    const result = renderWith("helper-missing");
    expect(result.stderr).toMatch(/^iso20k: template .*helper-missing\/dossier\.md\.hbs/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.code).toBe(2);
    expect(result.output).toBeUndefined();
  });

  // Today: "line ?: Cannot read properties of undefined (reading 'call')", an internal TypeError without a line.
  it("calling Handlebars' own helperMissing: the message names line 2 and says what is wrong", () => {
    const result = renderWith("helper-missing");
    expect(result.stderr).toMatch(/line 2:/);
    expect(result.stderr).not.toMatch(/Cannot read properties/);
  });

  // Ten nested loops over the eight dossier items: 8^10 (about a billion) rows. Today it runs until the
  // test kills it after 10 s (nine levels take 40 s and 1.3 GB and write 134 MB); nothing bounds it.
  it("a template looping over a huge product of lists is stopped with exit 2 and a clear message", () => {
    const result = renderWith("huge-loop", 10_000);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^iso20k: template .*huge-loop\/dossier\.md\.hbs/);
    expect(result.output).toBeUndefined();
  });

  it("a runaway template, stopped by the loop bound or killed mid-render, leaves no file behind", () => {
    const result = renderWith("huge-loop", 2_000);
    expect(result.signal === "SIGKILL" || result.code === 2).toBe(true);
    expect(result.output).toBeUndefined();
  });
});

// Prototype members: Handlebars denies them, so nothing but the template's own text is rendered.
const PROTOTYPE_READS = [
  { name: "{{constructor}}", dir: "constructor", rendered: "BeforeAfter\n" },
  { name: "{{__proto__}} and {{organization.__proto__}}", dir: "proto", rendered: "BeforeAfter\n" },
  { name: "{{hasOwnProperty}}", dir: "has-own-property", rendered: "BeforeAfter\n" },
  { name: "an inline partial rendering {{constructor}}", dir: "define-partial", rendered: "After\n" },
];

describe("templates that read prototype members", () => {
  for (const c of PROTOTYPE_READS)
    it(`${c.name}: renders nothing from a prototype (exit 0) or is refused (exit 2)`, () => {
      const result = renderWith(c.dir);
      expect([0, 2]).toContain(result.code);
      if (result.code === 0) expect(result.output).toBe(c.rendered);
      else expect(result.output).toBeUndefined();
      expect(result.stderr).not.toMatch(STACK_TRACE);
    });

  // The README: "compiled in strict mode: a field or helper that does not exist stops the run with exit 2,
  // naming the template and line". A prototype member is not a field of the view, yet today it renders as "".
  for (const c of PROTOTYPE_READS)
    it(`${c.name}: strict mode refuses it like any unknown field, exit 2`, () => {
      const result = renderWith(c.dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/ not defined/);
    });

  it('{{lookup this "constructor"}} and friends: refused like the plain names, exit 2, no file', () => {
    const result = renderWith("lookup");
    expect(result.stderr).toMatch(/^iso20k: template .*lookup\/dossier\.md\.hbs, line \d+: "constructor" not defined/);
    expect(result.code).toBe(2);
    expect(result.output).toBeUndefined();
  });

  // In-process, every message belongs on io.stderr; Handlebars' prototype-access warning goes to console.error.
  it("in-process, a denied prototype access writes nothing to the console", async () => {
    const spies = (["log", "info", "warn", "error"] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
    const dir = mkdtempSync(join(tmpdir(), "iso20k-console-"));
    try {
      await runInProcess(["report", "dossier", SMS, "--format", "md", "--as-of", AS_OF, "--template-dir", join(TEMPLATES, "has-own-property"), "-o", join(dir, "d.md")]);
      expect(spies.flatMap((spy) => spy.mock.calls)).toEqual([]);
    } finally {
      for (const spy of spies) spy.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
