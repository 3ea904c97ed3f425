import { describe, expect, it } from "vitest";
import { runBinary } from "../helpers/cli.js";

describe("iso20k catalog", () => {
  it("--format json lists every clause 4 to 10.2 and the documented-information list in the documented shape", () => {
    const result = runBinary(["catalog", "--format", "json"]);
    expect(result.code).toBe(0);
    const catalog = JSON.parse(result.stdout);
    expect(catalog.standard).toBe("ISO/IEC 20000-1:2018");
    const ids = catalog.clauses.map((c: { id: string }) => c.id);
    expect(ids[0]).toBe("4");
    expect(ids.at(-1)).toBe("10.2");
    expect(ids).toHaveLength(77);
    for (const deep of ["8.3.4.1", "8.5.1.3", "8.7.3.3", "7.5.4"]) expect(ids).toContain(deep);
    expect(catalog.clauses.find((c: { id: string }) => c.id === "8.5.1.1")).toMatchObject({ id: "8.5.1.1", parent: "8.5.1", title: "Change management policy" });
    expect(catalog.requirements.find((r: { id: string }) => r.id === "change-management-policy")).toMatchObject({
      clauses: ["8.5.1.1", "7.5.4"],
      kind: "document",
      mandatory: true,
      title: "Change management policy",
    });
    expect(catalog.requirements.length).toBeGreaterThanOrEqual(60);
    expect(catalog.dossier).toHaveLength(8);
    expect(catalog.businessCategories.find((c: { code: string }) => c.code === "M")).toMatchObject({ number: "04.02" });
    expect(catalog.legacyProcesses).toHaveLength(13);
  });

  it("--clause 8.5 --lang zh-CN narrows to clause 8.5 in Chinese", () => {
    const catalog = JSON.parse(runBinary(["catalog", "--clause", "8.5", "--format", "json", "--lang", "zh-CN"]).stdout);
    expect(catalog.clauses.map((c: { id: string }) => c.id)).toEqual([
      "8.5", "8.5.1", "8.5.1.1", "8.5.1.2", "8.5.1.3", "8.5.2", "8.5.2.1", "8.5.2.2", "8.5.2.3", "8.5.3",
    ]);
    expect(catalog.clauses[1].title).toBe("变更管理");
    expect(catalog.requirements.every((r: { clauses: string[] }) => r.clauses.some((c) => c.startsWith("8.5")))).toBe(true);
  });

  it("an unknown clause exits 2", () => {
    const result = runBinary(["catalog", "--clause", "11"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('iso20k: no clause "11" in ISO/IEC 20000-1:2018 (4 to 10.2)\n');
  });
});

describe("iso20k validate on the examples", () => {
  it("every bundled example is valid", () => {
    const result = runBinary(["validate", "examples/ready/sms.yaml", "examples/early-stage/sms.yaml", "examples/zh-cn/sms.yaml"]);
    expect(result.stdout).toBe("3 files valid\n");
    expect(result.code).toBe(0);
  });

  it("iso20k schema prints the committed schema", async () => {
    const { readFileSync } = await import("node:fs");
    const { ROOT } = await import("../helpers/cli.js");
    expect(runBinary(["schema"]).stdout).toBe(readFileSync(`${ROOT}schemas/sms.schema.json`, "utf8"));
  });
});
