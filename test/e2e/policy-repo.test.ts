import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT, runBinary } from "../helpers/cli.js";

const ARGS = ["check", "examples/policy-repo/sms.yaml", "--as-of", "2026-11-21"];

describe("examples/policy-repo: documents described by their own front matter", () => {
  it("--format github annotates each problem at its Markdown file and line", () => {
    const result = runBinary([...ARGS, "--format", "github", "--fail-on", "minor"]);
    expect(result.code).toBe(1);
    const annotations = result.stdout.split("\n").filter((line) => line.startsWith("::warning") || line.startsWith("::error file"));
    expect(annotations.map((line) => line.replace(/::[^:]*$/, "").replace(/,title=.*/, ""))).toEqual([
      // Most serious first: the draft capacity plan (a major) before the minors.
      "::error file=examples/policy-repo/policies/capacity-plan.md,line=7,col=9",
      "::warning file=examples/policy-repo/policies/change-management-policy.md,line=9,col=17",
      "::warning file=examples/policy-repo/policies/information-security-policy.md,line=2,col=1",
      "::warning file=examples/policy-repo/policies/README.md,line=1,col=1",
    ]);
  });

  it("--format sarif carries the Markdown files and lines, for code scanning", () => {
    const sarif = JSON.parse(runBinary([...ARGS, "--format", "sarif"]).stdout);
    const located = sarif.runs[0].results
      .filter((r: any) => r.level !== "note")
      .map((r: any) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine]);
    expect(located).toEqual([
      ["document-review-overdue", "warning", "examples/policy-repo/policies/change-management-policy.md", 9],
      ["document-control-incomplete", "warning", "examples/policy-repo/policies/information-security-policy.md", 2],
      // A draft is not in force: the capacity plan, a mandatory document, is not covered.
      ["requirement-not-covered", "error", "examples/policy-repo/policies/capacity-plan.md", 7],
      ["front-matter-missing", "warning", "examples/policy-repo/policies/README.md", 1],
    ]);
  });

  it("the mapping report shows discovered documents like any other", () => {
    const csv = runBinary(["report", "mapping", "examples/policy-repo/sms.yaml", "--as-of", "2026-11-21", "--format", "csv"]).stdout;
    // Overdue for review, but approved and in force: it covers the requirement (the late review is a minor of its own).
    expect(csv).toContain('"change-management-policy","Change management policy","document","Mandatory","satisfied","satisfied","document","POL-11","Change management policy"');
    expect(csv).toContain('"capacity-plan","Capacity requirements and plan","document","Mandatory","weak","weak","document","POL-10"');
  });
});

describe("CI definitions", () => {
  it("action.yml is a JavaScript action on Node 24 whose entry point reads every input it declares", () => {
    const action = parse(readFileSync(`${ROOT}action.yml`, "utf8"));
    expect(action.runs).toEqual({ using: "node24", main: "action/main.cjs" });
    expect(Object.keys(action.inputs)).toEqual(["file", "root", "fail-on", "as-of", "lang", "summary", "upload-sarif", "token"]);
    expect(Object.keys(action.outputs)).toEqual(["verdict", "prerequisites", "majors", "minors", "observations", "findings", "sarif", "json"]);
    const main = readFileSync(`${ROOT}action/main.cjs`, "utf8");
    for (const input of Object.keys(action.inputs)) expect(main).toContain(`input("${input}"`);
  });

  it(".pre-commit-hooks.yaml: validate on sms.yaml files, check on the SMS or any Markdown change; the package provides the command", () => {
    const [validate, check] = parse(readFileSync(`${ROOT}.pre-commit-hooks.yaml`, "utf8"));
    expect(validate).toMatchObject({ id: "iso20k-validate", entry: "iso20k validate", language: "node" });
    expect(new RegExp(validate.files).test("policies/sms.yaml")).toBe(true);
    expect(new RegExp(validate.files).test("gap-assessment.yaml")).toBe(true);
    expect(new RegExp(validate.files).test("notes.yaml")).toBe(false);
    expect(check).toMatchObject({ id: "iso20k-check", entry: "iso20k check", args: ["sms.yaml"], language: "node", pass_filenames: false });
    for (const [path, runs] of [["sms.yaml", true], ["policies/change.md", true], ["notes.yaml", false], ["src/app.ts", false]] as const)
      expect(new RegExp(check.files).test(path)).toBe(runs);
    expect(JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).bin.iso20k).toBe("bin/iso20k.cjs");
  });
});
