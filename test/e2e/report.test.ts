import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBinary, runInProcess } from "../helpers/cli.js";

const AS_OF = ["--as-of", "2026-11-21"];
const EXAMPLES = ["ready", "early-stage", "zh-cn"];
const FORMATS = { gap: ["html", "md", "csv"], mapping: ["html", "md", "csv"], dossier: ["html", "md", "csv"] } as const;

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
    // Clause numbers are written ="8.10" so that Excel keeps them as text.
    const clauses = new Set(rows.slice(1).map((row) => /^"=""([\d.]+)"""/.exec(row)![1]));
    expect(clauses.size).toBe(77);
    expect([...clauses][0]).toBe("4");
    expect([...clauses].at(-1)).toBe("10.2");
    expect(rows.find((row) => row.includes('"change-management-policy"'))).toContain('"NW-CHG-01"');
  });

  it("the dossier shows the early-stage organisation's unmet prerequisites", async () => {
    const result = await runInProcess(["report", "dossier", "examples/early-stage/sms.yaml", ...AS_OF, "--format", "md"]);
    expect(result.stdout).toContain(
      "| SMS operated for at least three months by its documented system, with records | **not met** | the documented system is not complete: 3 core requirements have no approved document in force (“SMS processes”, “Service management objectives”, “Service management plan”); three months of operation count from the day the last of them is issued, so no application date can be given yet |",
    );
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
    const result = runBinary(["report", "gap", "examples/ready/sms.yaml", "--format", "pdf"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/argument 'pdf' is invalid. Allowed choices are html, md, csv/);
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

describe("iso20k report presentation: the report: block, flags and the logo", () => {
  // A 1×1 PNG, the smallest valid image.
  const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
  const SMS = readFileSync("examples/ready/sms.yaml", "utf8");

  function workspace(report: string, files: Record<string, string | Buffer> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), "iso20k-branding-"));
    writeFileSync(join(dir, "sms.yaml"), `${SMS}\nreport:\n${report}`);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  }

  it("puts the report block on the cover, in the document control and on every printed page", async () => {
    const dir = workspace('  preparedBy: "Declan Moriarty, Shannon ITSM Advisory"\n  version: "1.0"\n  confidentiality: Confidential\n  distribution: [Aoife Brennan, Liam Doyle]\n  logo: logo.png\n', { "logo.png": PNG });
    const out = join(dir, "gap.html");
    const result = await runInProcess(["report", "gap", join(dir, "sms.yaml"), ...AS_OF, "-o", out]);
    expect([result.code, result.stderr]).toEqual([0, `${out}\n`]);
    const html = readFileSync(out, "utf8");
    expect(html).toContain(`<img class="logo" src="data:image/png;base64,${PNG.toString("base64").replace(/=/g, "&#x3D;")}"`);
    expect(html).toContain('<p class="confidentiality">Confidential</p>');
    expect(html).toContain("<dd>Declan Moriarty, Shannon ITSM Advisory</dd>");
    expect(html).toContain("<li>Aoife Brennan</li><li>Liam Doyle</li>");
    expect(html).toContain('@top-right { content: "Confidential";');
    expect(html).toContain('"Version 1\\2e 0"');
  });

  it("lets flags override the file, and a flag's logo is relative to the working folder", async () => {
    const dir = workspace("  version: draft\n  confidentiality: Internal\n", { "brand.png": PNG });
    const out = join(dir, "gap.md");
    const result = await runInProcess(["report", "gap", join(dir, "sms.yaml"), ...AS_OF, "--format", "md", "-o", out, "--report-version", "2.0", "--prepared-by", "A. Consultant", "--logo", "brand.png"], { cwd: dir });
    expect(result.code).toBe(0);
    const markdown = readFileSync(out, "utf8");
    expect(markdown).toContain("| Report version | 2.0 |");
    expect(markdown).toContain("| Prepared by | A. Consultant |");
    expect(markdown).toContain("\n**Internal**\n");
  });

  it.each([
    ["a logo that is not an image", "logo.png", "not an image", /^iso20k: logo logo\.png is not a PNG, JPEG or SVG image \(an SVG may not contain scripts or links\)\n$/],
    ["an SVG that runs a script", "logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', /^iso20k: logo logo\.svg is not a PNG, JPEG or SVG image/],
    ["a logo larger than 512 KB", "logo.png", Buffer.concat([PNG, Buffer.alloc(600 * 1024)]), /^iso20k: logo logo\.png is larger than 512 KB; use a smaller image\n$/],
    ["a logo that does not exist", "other.png", PNG, /^iso20k: logo logo\.png cannot be read\n$/],
  ])("refuses %s with one line, exit 2 and no file written", async (_name, file, content, message) => {
    const dir = workspace(`  logo: ${file === "other.png" ? "logo.png" : file}\n`, { [file]: content });
    const out = join(dir, "gap.html");
    const result = await runInProcess(["report", "gap", join(dir, "sms.yaml"), ...AS_OF, "-o", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a logo outside the folder of the file that names it", async () => {
    const dir = workspace("  logo: ../logo.png\n");
    writeFileSync(join(dir, "..", "logo.png"), PNG);
    const result = await runInProcess(["report", "gap", join(dir, "sms.yaml"), ...AS_OF, "-o", join(dir, "gap.html")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^iso20k: logo \.\.\/logo\.png, named in .*sms\.yaml, lies outside that file's folder\n$/);
  });

  it("accepts a plain SVG logo", async () => {
    const dir = workspace("  logo: logo.svg\n", { "logo.svg": '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#123"/></svg>' });
    const result = await runInProcess(["report", "gap", join(dir, "sms.yaml"), ...AS_OF, "--format", "md"]);
    expect(result.code).toBe(0);
  });
});
