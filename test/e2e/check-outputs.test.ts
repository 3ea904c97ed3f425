// The conventions CI jobs and scripts rely on: several formats in one run, standard input,
// --quiet, a versioned JSON report as baseline, and colour only when wanted.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { colourFor } from "../../src/io/colour.js";
import { ROOT, runBinary, runInProcess } from "../helpers/cli.js";

const AS_OF = ["--as-of", "2026-11-21"];
const EARLY = "examples/early-stage/sms.yaml";
const READY = "examples/ready/sms.yaml";

describe("several formats in one run", () => {
  it("writes each file exactly as a run in that format alone would, and the one without a file to stdout", () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-formats-"));
    const run = runBinary(["check", EARLY, ...AS_OF, "--format", "github", "--format", `sarif:${folder}/out/a.sarif`, "--format", `junit:${folder}/b.xml`, "--format", `json:${folder}/c.json`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(runBinary(["check", EARLY, ...AS_OF, "--format", "github"]).stdout);
    for (const [format, file] of [["sarif", "out/a.sarif"], ["junit", "b.xml"], ["json", "c.json"]])
      expect(readFileSync(join(folder, file), "utf8"), format).toBe(runBinary(["check", EARLY, ...AS_OF, "--format", format]).stdout);
  });

  it("refuses a clash before writing anything", () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-formats-"));
    const run = runBinary(["check", EARLY, ...AS_OF, "--format", `sarif:${folder}/a.sarif`, "--format", "pdf"]);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(() => readFileSync(join(folder, "a.sarif"))).toThrow();
  });
});

describe("standard input", () => {
  const text = readFileSync(join(ROOT, EARLY), "utf8");

  it("check - gives the findings of the file, named and rooted by --stdin-filename", () => {
    const fromFile = runBinary(["check", EARLY, ...AS_OF, "--format", "json"]);
    const fromStdin = runBinary(["check", "-", "--stdin-filename", EARLY, ...AS_OF, "--format", "json"], { stdin: text });
    expect(fromStdin.code).toBe(fromFile.code);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it("without a name, messages say <stdin> and evidence paths start at the working folder", async () => {
    const run = await runInProcess(["check", "-", ...AS_OF, "--format", "json"], { stdin: "organization: [\n", cwd: ROOT });
    const report = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    expect(report.file).toBe("<stdin>");
    expect(report.findings[0]).toMatchObject({ category: "invalid", line: 2, column: 1 });
  });

  it("validate - reads one file from standard input; two dashes are refused", async () => {
    const ok = await runInProcess(["validate", "-", "--stdin-filename", "policies/sms.yaml"], { stdin: text });
    expect([ok.code, ok.stderr]).toEqual([0, ""]);
    const twice = await runInProcess(["validate", "-", "-"], { stdin: text });
    expect([twice.code, twice.stderr]).toEqual([2, "iso20k: standard input (-) can be read only once\n"]);
  });

  it("over --max-size, stops reading and says so with exit 2", async () => {
    const run = await runInProcess(["check", "-", ...AS_OF, "--max-size", "0.001"], { stdin: text });
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toBe("iso20k: <stdin> (standard input) is over the limit of 1049 bytes; raise it with --max-size\n");
  });
});

describe("--quiet", () => {
  it("prints nothing when the check passes", () => {
    expect(runBinary(["check", READY, ...AS_OF, "-q"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("when it fails, lists only the findings at or above --fail-on, with the verdict unchanged", () => {
    const all = JSON.parse(runBinary(["check", EARLY, ...AS_OF, "--format", "json", "--fail-on", "minor"]).stdout);
    const quiet = runBinary(["check", EARLY, ...AS_OF, "--format", "json", "--quiet"]);
    expect(quiet.code).toBe(1);
    const shown = JSON.parse(quiet.stdout);
    expect(shown.findings.length).toBeGreaterThan(0);
    expect(shown.findings.every((f: { severity: string }) => f.severity === "major")).toBe(true);
    expect(shown.findings.length).toBe(all.findings.filter((f: { severity: string }) => f.severity === "major").length);
    expect(shown.verdict).toEqual(all.verdict);
  });

  it("leaves the files it writes whole", () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-quiet-"));
    runBinary(["check", EARLY, ...AS_OF, "-q", "--format", "stylish", "--format", `json:${folder}/all.json`]);
    expect(readFileSync(join(folder, "all.json"), "utf8")).toBe(runBinary(["check", EARLY, ...AS_OF, "--format", "json"]).stdout);
  });
});

describe("the JSON report as a baseline", () => {
  it("carries schemaVersion 1, and a baseline of another version is refused in one line", () => {
    const report = JSON.parse(runBinary(["check", READY, ...AS_OF, "--format", "json"]).stdout);
    expect(Object.keys(report)[0]).toBe("schemaVersion");
    expect(report.schemaVersion).toBe(1);
    const folder = mkdtempSync(join(tmpdir(), "iso20k-baseline-"));
    writeFileSync(join(folder, "old.json"), JSON.stringify({ ...report, schemaVersion: 2 }));
    const run = runBinary(["check", READY, ...AS_OF, "--baseline", join(folder, "old.json")]);
    expect([run.code, run.stderr]).toEqual([2, `iso20k: cannot use ${join(folder, "old.json")} as a baseline: it is JSON output of schema version 2, and this iso20k reads version 1\n`]);
  });
});

describe("colour", () => {
  it.each([
    [{}, true, 1],
    [{}, false, 0],
    [{ NO_COLOR: "1" }, true, 0],
    [{ FORCE_COLOR: "1" }, false, 1],
    [{ FORCE_COLOR: "0" }, true, 0],
    [{ FORCE_COLOR: "false" }, true, 0],
  ])("env %j on a terminal: %s gives level %i", (env, isTTY, level) => {
    expect(colourFor(isTTY, env).level).toBe(level);
  });
});
