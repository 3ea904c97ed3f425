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
  it("action.yml is a composite action whose inputs the run step uses", () => {
    const action = parse(readFileSync(`${ROOT}action.yml`, "utf8"));
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs)).toEqual(["file", "fail-on", "format", "as-of", "lang", "sarif"]);
    const script = JSON.stringify(action.runs.steps);
    for (const input of Object.keys(action.inputs)) expect(script).toContain(`inputs.${input}`);
    for (const step of action.runs.steps.filter((s: any) => s.run)) expect(step.shell).toBe("bash");
    expect(script).toContain("bin/iso20k.cjs");
  });

  it(".pre-commit-hooks.yaml runs iso20k validate on sms.yaml files, and the package provides that command", () => {
    const [hook] = parse(readFileSync(`${ROOT}.pre-commit-hooks.yaml`, "utf8"));
    expect(hook).toMatchObject({ id: "iso20k-validate", entry: "iso20k validate", language: "node" });
    expect(new RegExp(hook.files).test("policies/sms.yaml")).toBe(true);
    expect(new RegExp(hook.files).test("notes.yaml")).toBe(false);
    expect(JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).bin.iso20k).toBe("bin/iso20k.cjs");
  });
});
