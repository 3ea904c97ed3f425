import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { checkFormatters } from "../../src/report/formatters/index.js";
import { json } from "../../src/report/formatters/json.js";
import { invalidReport, notReadyReport, readyReport } from "../fixtures/check-report.js";

const plain = { colour: new Chalk({ level: 0 }) };
const KEYS = [
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
  "fixed",
];

describe("json", () => {
  const output = json.render(notReadyReport, plain);

  it("renders the fixture to its golden file", async () => {
    await expect(output).toMatchFileSnapshot("./__golden__/json.json");
  });

  it("is the registry's json format and deterministic", async () => {
    expect(await checkFormatters.json()).toBe(json);
    expect(json.render(notReadyReport, plain)).toBe(output);
  });

  it("has the documented keys in order, without rules, kind or lang", () => {
    const parsed = JSON.parse(output);
    expect(Object.keys(parsed)).toEqual(KEYS);
    expect(Object.keys(JSON.parse(json.render(readyReport, plain)))).toEqual(KEYS.filter((k) => k !== "fixed"));
  });

  it("round-trips every value of the report", () => {
    const parsed = JSON.parse(output);
    for (const key of KEYS) expect(parsed[key], key).toEqual(notReadyReport[key as keyof typeof notReadyReport]);
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
    expect(output.startsWith('{\n  "tool": {\n    "name": "iso20k",\n    "version": "0.1.0"\n  },\n  "standard"')).toBe(true);
    expect(output.endsWith("}\n")).toBe(true);
    expect(output).not.toContain("\u001b[");
  });

  it("keeps a null ratio as null", () => {
    const parsed = JSON.parse(json.render(readyReport, plain));
    expect(parsed.scores.find((s: { clause: string }) => s.clause === "8.4").ratio).toBeNull();
  });

  it("keeps the shape when the file is not valid", () => {
    const parsed = JSON.parse(json.render(invalidReport, plain));
    expect(Object.keys(parsed)).toEqual(KEYS.filter((k) => k !== "fixed"));
    expect(parsed).toMatchObject({ valid: false, organization: "", scores: [], requirements: [], dossier: [] });
    expect(parsed.verdict.counts).toEqual({ prerequisites: 0, majors: 0, uncovered: 0, invalid: 1 });
    expect(parsed.findings[0]).toEqual(invalidReport.findings[0]);
  });
});
