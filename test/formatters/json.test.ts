import { existsSync, readdirSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { json, SCHEMA_VERSION } from "../../src/report/formatters/json.js";
import { asGiven } from "../../src/report/formatters/source-path.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";
import { runInProcess } from "../helpers/cli.js";

const plain = { colour: new Chalk({ level: 0 }), sourcePath: asGiven };
const schema = JSON.parse(readFileSync(new URL("../../schemas/check-report.schema.json", import.meta.url), "utf8"));
const validateReport = new Ajv2020.default({ strict: true, allErrors: true }).compile(schema);

function schemaErrors(output: unknown) {
  validateReport(output);
  return validateReport.errors ?? [];
}

const KEYS = [
  "schemaVersion",
  "tool",
  "standard",
  "file",
  "asOf",
  "organization",
  "valid",
  "verdict",
  "overall",
  "scores",
  "requirements",
  "findings",
  "suppressed",
  "waivers",
  "dossier",
  "gapAssessment",
  "fixed",
];

const output = json.render(notReadyReport, plain);

describe("json", () => {

  it("renders the fixture to its golden file", async () => {
    await expect(output).toMatchFileSnapshot("./__golden__/json.json");
  });

  it("is the registry's json format and deterministic", async () => {
    expect(await checkFormatters.json()).toBe(json);
    expect(json.render(notReadyReport, plain)).toBe(output);
  });

  it("has the documented keys in order, without rules, kind or lang", () => {
    const parsed = JSON.parse(output);
    expect(Object.keys(parsed)).toEqual(KEYS.filter((k) => k !== "gapAssessment"));
    expect(Object.keys(JSON.parse(json.render(readyReport, plain)))).toEqual(KEYS.filter((k) => k !== "fixed" && k !== "gapAssessment"));
  });

  it("round-trips every value of the report", () => {
    const parsed = JSON.parse(output);
    for (const key of KEYS.slice(1)) expect(parsed[key], key).toEqual(notReadyReport[key as keyof typeof notReadyReport]);
    expect(parsed.findings[8].message).toBe("Nonconformity NC-2026-01 was due on 2026-11-10 and is still open:\nRestore tests have not been run for two customers.");
    expect(parsed.verdict).toEqual({ status: "not-ready", reasons: notReadyReport.verdict.reasons, counts: { prerequisites: 2, majors: 3, uncovered: 20, invalid: 0 } });
    expect(parsed.overall).toEqual({ applicable: 46, satisfied: 26, weak: 4, ratio: 26 / 46 });
    expect(parsed.findings.map((f: { category: string }) => f.category)).toEqual([
      ...Array(7).fill("nonconformity"),
      "prerequisite",
      "nonconformity",
      "prerequisite",
    ]);
    expect(parsed.findings[9]).not.toHaveProperty("clause");
    expect(parsed.waivers.map((w: { refused: number }) => w.refused)).toEqual([0, 0]);
    expect(parsed.dossier[2]).toEqual({
      number: 7,
      id: "audit-and-review-evidence",
      title: "Internal audit and management review evidence",
      state: "missing",
      evidence: [],
      missing: ["report of an internal audit of the running SMS", "minutes of a management review after that audit"],
    });
    expect(parsed.overall.ratio).toBeCloseTo(26 / 46);
  });

  it("is indented with two spaces and ends with a newline", () => {
    expect(output.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "iso20k",\n    "version": "0.1.0"\n  },\n  "standard"')).toBe(true);
    expect(output.endsWith("}\n")).toBe(true);
    expect(output).not.toContain("\u001b[");
  });

  it("keeps a null ratio as null", () => {
    const parsed = JSON.parse(json.render(readyReport, plain));
    expect(parsed.scores.find((s: { clause: string }) => s.clause === "8.4").ratio).toBeNull();
  });

  it("keeps the shape when the file is not valid", () => {
    const parsed = JSON.parse(json.render(invalidReport, plain));
    expect(Object.keys(parsed)).toEqual(KEYS.filter((k) => k !== "fixed" && k !== "gapAssessment"));
    expect(parsed).toMatchObject({ valid: false, organization: "", scores: [], requirements: [], dossier: [] });
    expect(parsed.verdict.counts).toEqual({ prerequisites: 0, majors: 0, uncovered: 0, invalid: 1 });
    expect(parsed.findings[0]).toEqual(invalidReport.findings[0]);
  });
  it("keeps the file as given on the command line: it is data, not a link", () => {
    const given = JSON.parse(json.render({ ...notReadyReport, file: ".\\policies\\sms.yaml" }, { ...plain, sourcePath: () => "elsewhere.yaml" }));
    expect(given.file).toBe(".\\policies\\sms.yaml");
    expect(given.findings[0].file).toBe("policies/sms.yaml");
  });
});

describe("schemas/check-report.schema.json", () => {
  it("is the schema of this version of the shape", () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(schema.properties.schemaVersion).toEqual({ const: SCHEMA_VERSION });
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://raw.githubusercontent.com/iso20k/iso20k/v0.1.0/schemas/check-report.schema.json");
    // Every documented key, in the order the output has them.
    expect(Object.keys(schema.properties)).toEqual(KEYS);
  });

  it("validates the output for every fixture: not ready with a baseline, ready, invalid, in Chinese", () => {
    expect(schemaErrors(JSON.parse(output))).toEqual([]);
    expect(schemaErrors(JSON.parse(json.render(readyReport, plain)))).toEqual([]);
    expect(schemaErrors(JSON.parse(json.render(invalidReport, plain)))).toEqual([]);
    expect(schemaErrors(JSON.parse(json.render({ ...notReadyReport, lang: "zh-CN" }, plain)))).toEqual([]);
    const earliest = { ...notReadyReport.verdict, earliestApplicationDate: "2027-05-11", earliestApplication: "Earliest application date: 2027-05-11" };
    expect(schemaErrors(JSON.parse(json.render({ ...notReadyReport, verdict: earliest }, plain)))).toEqual([]);
  });

  it("refuses what the shape does not have", () => {
    const parsed = JSON.parse(output);
    const errorsOf = (broken: unknown) => schemaErrors(broken).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(errorsOf({ ...parsed, schemaVersion: 2 })).toEqual(["/schemaVersion const"]);
    expect(errorsOf({ ...parsed, rules: [] })).toEqual([" additionalProperties"]);
    expect(errorsOf({ ...parsed, findings: [{ ...parsed.findings[0], atKey: true }] })).toEqual(["/findings/0 unevaluatedProperties"]);
    expect(errorsOf({ ...parsed, suppressed: [{ ...parsed.suppressed[0], waiver: undefined }] })).toEqual(["/suppressed/0 required"]);
    expect(errorsOf({ ...parsed, scores: [{ ...parsed.scores[0], depth: 2 }] })).toEqual(["/scores/0/depth enum"]);
    expect(errorsOf({ ...parsed, overall: { ...parsed.overall, ratio: 1.5 } })).toEqual(["/overall/ratio maximum", "/overall/ratio type", "/overall/ratio anyOf"]);
  });

  it("validates what check writes for every example and auditor case", async () => {
    const files = [
      ...readdirSync(new URL("../../examples/", import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `examples/${d.name}/sms.yaml`),
      ...readdirSync(new URL("../fixtures/auditor-cases/", import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `test/fixtures/auditor-cases/${d.name}/sms.yaml`),
    ];
    expect(files.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    // An example with a gap assessment is checked with it too, so that its part of the shape is validated.
    const runs = files.flatMap((file) => {
      const gap = file.replace(/sms\.yaml$/, "gap-assessment.yaml");
      return existsSync(new URL(`../../${gap}`, import.meta.url)) ? [[file], [file, "--assessment", gap]] : [[file]];
    });
    expect(runs.length).toBeGreaterThan(files.length);
    for (const [file, ...assessment] of runs) {
      const { code, stdout } = await runInProcess(["check", file, ...assessment, "--format", "json", "--as-of", "2026-11-21", "--fail-on", "none"]);
      expect(code, file).toBe(0);
      const parsed = JSON.parse(stdout);
      expect(schemaErrors(parsed), file).toEqual([]);
      for (const finding of parsed.findings) for (const key of Object.keys(finding)) seen.add(key);
    }
    // The cases reach the optional keys of a finding, so the schema is checked against them too.
    expect(seen).toContain("blockingUntil");
    expect(seen).toContain("params");
  }, 60_000);
});
