// docs/rules.md is the page SARIF's helpUri links point at: generated, committed, one heading per rule.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeRules } from "../../src/report/build-check-report.js";
import { ROOT, runInProcess } from "../helpers/cli.js";

describe("docs/rules.md", () => {
  it("is what `iso20k rules --format markdown` writes (regenerate it after changing a rule)", async () => {
    const { code, stdout } = await runInProcess(["rules", "--format", "markdown"]);
    expect(code).toBe(0);
    expect(readFileSync(`${ROOT}docs/rules.md`, "utf8")).toBe(stdout);
  });

  it("has a heading for every rule, the anchor each SARIF helpUri names", () => {
    const headings = readFileSync(`${ROOT}docs/rules.md`, "utf8").split("\n").filter((line) => line.startsWith("## ")).map((line) => line.slice(3));
    expect(headings).toEqual(describeRules("en").map((rule) => rule.id));
  });
});
