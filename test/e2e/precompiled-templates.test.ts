// The bundle renders reports from templates Handlebars compiled at build time (dist/templates/); the
// source compiles templates/ when it renders. Every report, format and language must come out the same.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/catalog/types.js";
import { REPORT_FORMATS } from "../../src/report/render/render.js";
import { runBinary, runInProcess } from "../helpers/cli.js";

const CASES = (["gap", "mapping", "dossier"] as const).flatMap((type) => REPORT_FORMATS.flatMap((format) => LANGS.map((lang) => ({ type, format, lang }))));

describe("precompiled templates", () => {
  const folder = mkdtempSync(join(tmpdir(), "iso20k-precompiled-"));

  it.each(CASES)("report $type --format $format --lang $lang: the bundle writes what the source writes", async ({ type, format, lang }) => {
    const args = (out: string) => ["report", type, "examples/early-stage/sms.yaml", "--as-of", "2026-11-21", "--format", format, "--lang", lang, "--assessment", "examples/early-stage/gap-assessment.yaml", "-o", out];
    const [bundled, source] = [join(folder, `${type}-${lang}-bundled.${format}`), join(folder, `${type}-${lang}-source.${format}`)];
    expect(runBinary(args(bundled)).code).toBe(0);
    expect((await runInProcess(args(source))).code).toBe(0);
    const text = readFileSync(bundled, "utf8");
    expect(text.length).toBeGreaterThan(500);
    expect(text).toBe(readFileSync(source, "utf8"));
  });
});
