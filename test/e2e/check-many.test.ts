// `check a.yaml b.yaml ...`: a consultant's clients or a monorepo's SMS files in one run, each judged on
// its own, reported in one output per format, with one exit code.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { validateXML } from "xmllint-wasm";
import { describe, expect, it } from "vitest";
import { ROOT, runInProcess } from "../helpers/cli.js";

const AS_OF = ["--as-of", "2026-11-21"];
const EARLY = "examples/early-stage/sms.yaml";
const READY = "examples/ready/sms.yaml";
const ZH = "examples/zh-cn/sms.yaml";

const check = (args: string[], stdin?: string) => runInProcess(["check", ...args, ...AS_OF], { stdin });

describe("check of several files", () => {
  it("prints each file's report as a check of that file alone does, under its name, then counts the verdicts", async () => {
    const both = await check([READY, EARLY]);
    const ready = await check([READY]);
    const early = await check([EARLY]);
    expect(both.code).toBe(1);
    expect(both.stdout).toBe(`==> ${READY} <==\n${ready.stdout}\n==> ${EARLY} <==\n${early.stdout}\n2 SMS files checked: 1 ready, 1 not ready, 0 invalid\n`);
  });

  it("passes only when every file passes, and counts an invalid file as such", async () => {
    expect((await check([READY, READY.replace("ready", "./ready")])).code).toBe(0);
    const withInvalid = await check([READY, "-"], "organization: [\n");
    expect(withInvalid.code).toBe(1);
    expect(withInvalid.stdout.trimEnd().split("\n").at(-1)).toBe("2 SMS files checked: 1 ready, 0 not ready, 1 invalid");
    expect((await check([READY, EARLY, "--fail-on", "none"])).code).toBe(0);
  });

  it("checks a file named twice once", async () => {
    const twice = await check([READY, `./${READY}`]);
    expect(twice.stdout).toBe((await check([READY])).stdout);
  });

  it("speaks Chinese in the count too", async () => {
    const run = await check([READY, ZH, "--lang", "zh-CN"]);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("共检查 2 份体系描述文件：1 份可以申请，1 份尚不能申请，0 份无效");
  });

  it("writes JSON as an array of the reports a check of each file writes", async () => {
    const both = JSON.parse((await check([READY, EARLY, "-f", "json"])).stdout);
    expect(both).toEqual([JSON.parse((await check([READY, "-f", "json"])).stdout), JSON.parse((await check([EARLY, "-f", "json"])).stdout)]);
  });

  it("with --quiet, shows only the failing files, and still counts every file", async () => {
    const run = await check([READY, EARLY, "--quiet"]);
    expect(run.stdout).not.toContain(`==> ${READY} <==`);
    expect(run.stdout.startsWith(`==> ${EARLY} <==\n`)).toBe(true);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("2 SMS files checked: 1 ready, 1 not ready, 0 invalid");
    expect((await check([READY, READY.replace("ready/", "ready/../ready/"), "--quiet"])).stdout).toBe("");
  });

  it("refuses what belongs to one file: --assessment, and standard input twice", async () => {
    const assessed = await check([READY, EARLY, "--assessment", "examples/early-stage/gap-assessment.yaml"]);
    expect([assessed.code, assessed.stdout, assessed.stderr]).toEqual([2, "", "iso20k: --assessment is the assessment of one SMS: check that file on its own\n"]);
    const twice = await check(["-", "-"], "");
    expect([twice.code, twice.stdout]).toEqual([2, ""]);
  });

  it("stops with exit 2 and no output when one of the files cannot be read", async () => {
    const run = await check([READY, "examples/nowhere/sms.yaml"]);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", "iso20k: cannot read examples/nowhere/sms.yaml: no such file\n"]);
  });
});

describe("a baseline of several files", () => {
  it("matches each file's findings with its own report in the baseline, by the name given", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-many-"));
    const baseline = join(folder, "baseline.json");
    writeFileSync(baseline, (await check([READY, EARLY, "-f", "json"])).stdout);
    const again = await check([READY, EARLY, "--baseline", baseline, "--fail-on-new", "-f", "json"]);
    expect(again.code).toBe(0);
    const [, early] = JSON.parse(again.stdout);
    expect(new Set(early.findings.map((f: { baseline: string }) => f.baseline))).toEqual(new Set(["unchanged"]));
    // A file the baseline does not hold: all of its findings are new.
    const added = await check([READY, ZH, "--baseline", baseline, "--fail-on-new", "-f", "json"]);
    expect(added.code).toBe(1);
    const [, zh] = JSON.parse(added.stdout);
    expect(zh.findings.length).toBeGreaterThan(0);
    expect(new Set(zh.findings.map((f: { baseline: string }) => f.baseline))).toEqual(new Set(["new"]));
    // A check of one of the files, against the baseline of both, takes that file's report.
    const one = await check([EARLY, "--baseline", baseline, "--fail-on-new"]);
    expect(one.code).toBe(0);
  });

  it("names the report and key of a baseline array that has the wrong shape", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-many-"));
    const baseline = join(folder, "baseline.json");
    const reports = JSON.parse((await check([READY, EARLY, "-f", "json"])).stdout);
    delete reports[1].findings;
    writeFileSync(baseline, JSON.stringify(reports));
    const run = await check([READY, EARLY, "--baseline", baseline]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("/1/findings");
  });
});

describe("CI formats of several files", () => {
  it("SARIF: one run, every file's results at their own paths, valid against the SARIF schema", async () => {
    const log = JSON.parse((await check([EARLY, ZH, "-f", "sarif"])).stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, "test/vendor/sarif-schema-2.1.0.json"), "utf8"));
    const ajv = new Ajv.default({ allErrors: true });
    addFormats.default(ajv);
    expect(ajv.validate(schema, log), JSON.stringify(ajv.errors)).toBe(true);
    expect(log.runs).toHaveLength(1);
    const uris = new Set(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(expect.arrayContaining([EARLY, ZH]));
    const early = JSON.parse((await check([EARLY, "-f", "sarif"])).stdout).runs[0];
    const zh = JSON.parse((await check([ZH, "-f", "sarif"])).stdout).runs[0];
    expect(log.runs[0].results).toEqual([...early.results, ...zh.results]);
    // Fingerprints stay those of a check of each file alone: alerts survive a move to a combined run.
    expect(log.runs[0].tool.driver.rules).toEqual(early.tool.driver.rules);
  });

  it("JUnit: each file's suites named after it, classes kept apart, valid against junit-10.xsd", async () => {
    const xml = (await check([READY, EARLY, "-f", "junit"])).stdout;
    const xsd = readFileSync(join(ROOT, "test/vendor/junit-10.xsd"), "utf8");
    const errors = async (contents: string) => (await validateXML({ xml: [{ fileName: "junit.xml", contents }], schema: [{ fileName: "junit-10.xsd", contents: xsd }] })).errors;
    expect(await errors(xml)).toEqual([]);
    // With an invalid file and Chinese text among them too.
    const mixed = await check([READY, "-", ZH, "-f", "junit", "--lang", "zh-CN"], "organization: [\n");
    expect(mixed.code).toBe(1);
    expect(await errors(mixed.stdout)).toEqual([]);
    expect(mixed.stdout).toContain('<testsuite name="&lt;stdin&gt;: ');
    expect(xml).toContain(`<testsuite name="${READY}: Clause 4 Context of the organization"`);
    expect(xml).toContain(`<testsuite name="${EARLY}: Application prerequisites`);
    expect(xml).toContain(`classname="iso20k.${EARLY}.clause-7"`);
    const single = (await check([READY, "-f", "junit"])).stdout;
    const count = (text: string, attribute: string) => Number(new RegExp(`<testsuites name="iso20k" ${attribute}="(\\d+)"`).exec(text)?.[1]);
    const early = (await check([EARLY, "-f", "junit"])).stdout;
    expect(count(xml, "tests")).toBe(count(single, "tests") + count(early, "tests"));
  });

  it("GitHub: each verdict on its file first, then the most serious findings of all files", async () => {
    const lines = (await check([READY, EARLY, "-f", "github"])).stdout.split("\n");
    expect(lines[0]).toMatch(new RegExp(`^::notice file=${READY}::iso20k: Ready to apply`));
    expect(lines[1]).toMatch(new RegExp(`^::error file=${EARLY}::iso20k: Not ready to apply`));
    expect(lines[2]).toMatch(/^::notice::\d+ more findings than GitHub shows/);
    expect(lines[3]).toMatch(new RegExp(`^::error file=${EARLY},line=\\d+,col=\\d+,title=iso20k [a-z-]+ \\(application prerequisite\\)::`));
  });

  it("Markdown: a table of verdicts, then each file's summary a level lower", async () => {
    const text = (await check([READY, EARLY, "-f", "markdown"])).stdout;
    const lines = text.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "## 2 SMS files checked: 1 ready, 1 not ready, 0 invalid",
      "",
      "| SMS file | Organisation | Verdict | Prerequisites not met | Major | Minor |",
      "| --- | --- | --- | ---: | ---: | ---: |",
      `| \`${READY}\` | Northwind Managed Services Ltd | Ready | 0 | 0 | 0 |`,
      `| \`${EARLY}\` | Contoso Cloud Services Co. | Not ready | 8 | 31 | 7 |`,
    ]);
    expect(text).toContain(`### \`${EARLY}\`: **Not ready** for stage 1`);
    expect(text).toContain("#### Findings (70)");
    // Each of two files shows at most half of the rows one file would.
    expect(text).toContain("…and 45 more findings not shown");
  });

  it("GitLab Code Quality: one list with every file's issues", async () => {
    const both = JSON.parse((await check([EARLY, ZH, "-f", "codequality"])).stdout);
    const early = JSON.parse((await check([EARLY, "-f", "codequality"])).stdout);
    const zh = JSON.parse((await check([ZH, "-f", "codequality"])).stdout);
    expect(both).toEqual([...early, ...zh]);
  });
});
