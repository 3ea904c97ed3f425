import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBinary, runInProcess } from "../helpers/cli.js";

const AS_OF = ["--as-of", "2026-11-21"];
const EXAMPLES = ["ready", "early-stage", "zh-cn"];
const FORMATS = { gap: ["html", "md"], mapping: ["html", "md", "csv"], dossier: ["html", "md", "csv"] } as const;

describe("iso20k report on every example, in both languages and every format", () => {
  for (const example of EXAMPLES)
    for (const [type, formats] of Object.entries(FORMATS))
      for (const format of formats)
        for (const lang of ["en", "zh-CN"])
          it(`${type} ${format} ${lang} for ${example}`, async () => {
            const out = join(mkdtempSync(join(tmpdir(), "iso20k-report-")), `out.${format}`);
            const result = await runInProcess(["report", type, `examples/${example}/sms.yaml`, ...AS_OF, "--format", format, "--lang", lang, "-o", out]);
            expect(result.stderr).toBe(`${out}\n`);
            expect(result.code).toBe(0);
            const text = readFileSync(out, "utf8");
            if (format === "html") expect(text).toMatch(new RegExp(`^<!DOCTYPE html>\\s*<html lang="${lang}"`, "i"));
            if (format === "csv") expect(text.startsWith("\uFEFF")).toBe(true);
            if (lang === "zh-CN") expect(text).toMatch(/[\u4e00-\u9fff]/);
          });
});

describe("iso20k report contents", () => {
  it("the mapping lists every clause 4 to 10.2 with the documents that satisfy each requirement", async () => {
    const result = await runInProcess(["report", "mapping", "examples/ready/sms.yaml", ...AS_OF, "--format", "csv"]);
    const rows = result.stdout.replace(/^\uFEFF/, "").trim().split("\n");
    const clauses = new Set(rows.slice(1).map((row) => row.split(",")[0].replace(/"/g, "")));
    expect(clauses.size).toBe(77);
    expect([...clauses][0]).toBe("4");
    expect([...clauses].at(-1)).toBe("10.2");
    expect(rows.find((row) => row.includes('"change-management-policy"'))).toContain('"NW-CHG-01"');
  });

  it("the dossier shows the early-stage organisation's unmet prerequisites", async () => {
    const result = await runInProcess(["report", "dossier", "examples/early-stage/sms.yaml", ...AS_OF, "--format", "md"]);
    expect(result.stdout).toContain("| SMS operated for at least three months by its documented system, with records | **not met** | the SMS has run 51 days since 2026-10-01");
    expect(result.stdout).toContain("| No administrative penalty during the SMS's operation or in the year before it was established | **not met** |");
  });

  it("writes <type>-report.html in the working folder by default", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-default-"));
    const result = await runInProcess(["report", "gap", join(process.cwd(), "examples/ready/sms.yaml"), ...AS_OF], { cwd: folder });
    expect(result.code).toBe(0);
    expect(existsSync(join(folder, "gap-report.html"))).toBe(true);
  });

  it("gives byte-identical output for the same input and --as-of", () => {
    const args = ["report", "gap", "examples/early-stage/sms.yaml", ...AS_OF, "--format", "md"];
    expect(runBinary(args).stdout).toBe(runBinary(args).stdout);
  });
});

describe("iso20k report templates", () => {
  it("a template in --template-dir overrides ours by file name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "iso20k-templates-"));
    writeFileSync(join(dir, "dossier.md.hbs"), "Custom dossier for {{organization.name}}: {{#each items}}{{number}}={{state}} {{/each}}\n");
    const result = await runInProcess(["report", "dossier", "examples/ready/sms.yaml", ...AS_OF, "--format", "md", "--template-dir", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("Custom dossier for Northwind Managed Services Ltd: 1=provided 2=provided 3=provided 4=provided 5=provided 6=generated 7=provided 8=provided \n");
  });

  const broken: [string, string, RegExp][] = [
    ["a block closed by the wrong name", "line one\n{{#each items}}\n{{/if}}\n", /template .*dossier\.md\.hbs, line 2: each doesn't match if/],
    ["a field that does not exist", "ok\n\n{{organization.nmae}}\n", /template .*dossier\.md\.hbs, line 3: "nmae" not defined/],
    ["an unknown helper", "{{shout organization.name}}\n", /template .*dossier\.md\.hbs, line 1: .*shout/],
  ];
  for (const [name, source, message] of broken)
    it(`${name} exits 2 naming the template and line, and writes no file`, () => {
      const dir = mkdtempSync(join(tmpdir(), "iso20k-broken-"));
      writeFileSync(join(dir, "dossier.md.hbs"), source);
      const out = join(dir, "out.md");
      const result = runBinary(["report", "dossier", "examples/ready/sms.yaml", ...AS_OF, "--format", "md", "--template-dir", dir, "-o", out]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    });

  it("refuses a format the report does not have", () => {
    const result = runBinary(["report", "gap", "examples/ready/sms.yaml", "--format", "csv"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/a gap report has no csv format/);
  });

  it("an invalid SMS file exits 1 with its findings and writes no report", () => {
    const dir = mkdtempSync(join(tmpdir(), "iso20k-invalid-"));
    const out = join(dir, "gap.html");
    const result = runBinary(["report", "gap", "test/fixtures/validate/broken-schema.yaml", ...AS_OF, "-o", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("test/fixtures/validate/broken-schema.yaml:4:21");
    expect(existsSync(out)).toBe(false);
  });
});
