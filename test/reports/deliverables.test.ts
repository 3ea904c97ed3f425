// Every deliverable, as `iso20k report` writes it for a client, speaks to people: no machine locations,
// no folders of the consultant's machine, no YAML instructions, no rule or requirement ids, and in
// Chinese no English words or half-width punctuation in the tool's own sentences.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { catalog } from "../../src/catalog/catalog.js";
import { ALL_RULES } from "../../src/rules/index.js";
import { chineseTextProblems } from "../helpers/chinese-text.js";
import { ROOT, runInProcess } from "../helpers/cli.js";

const CASES = join(ROOT, "test", "fixtures", "auditor-cases");
// The bundled examples, and the organisations auditors wrote for the verdict (each with its own gaps).
const EXAMPLES = [
  { folder: join(ROOT, "examples", "early-stage"), assessment: true, asOf: "2026-11-21" },
  { folder: join(ROOT, "examples", "ready"), assessment: true, asOf: "2026-11-21" },
  { folder: join(ROOT, "examples", "zh-cn"), assessment: true, asOf: "2026-11-21" },
  { folder: join(ROOT, "examples", "policy-repo"), assessment: false, asOf: "2026-11-21" },
  ...readdirSync(CASES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ folder: join(CASES, entry.name), assessment: false, asOf: (JSON.parse(readFileSync(join(CASES, entry.name, "expected.json"), "utf8")) as { asOf: string }).asOf })),
].map((c) => ({ ...c, example: relative(ROOT, c.folder) }));
const REPORTS = [
  ...(["html", "md", "csv"] as const).map((format) => ({ type: "gap", format })),
  ...(["html", "md"] as const).map((format) => ({ type: "mapping", format })),
  ...(["html", "md"] as const).map((format) => ({ type: "dossier", format })),
];
const OUT = mkdtempSync(join(tmpdir(), "iso20k-deliverables-"));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

// What the tool would say if it spoke YAML to the client: field names, list syntax, command lines.
const YAML_INSTRUCTIONS = /`|\b(satisfies|nextReviewDate|approvalDate|lastEntry|registrationId|businessCategories|governedBy|climateChange|firstIssued|sha256|internalAudits|managementReviews|documentSources)\b|<requirement id>|iso20k (explain|check|catalog)|--root|SMS file's folder/;
const RULE_IDS = ALL_RULES.map((rule) => rule.id);
const REQUIREMENT_IDS = catalog.requirements().map((r) => r.id);

/** The words a reader sees: HTML without its style and tags, entities decoded. */
function visibleText(text: string, format: string): string {
  if (format === "csv") return text;
  return text
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, "\n")
    .replace(/&emsp;/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, "=")
    .replace(/&#x60;/g, "`")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every string the organisation wrote in its files: those may be in any language and any style. */
function userStrings(files: string[]): string[] {
  const strings = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string" && value.length >= 2) strings.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  for (const file of files) {
    strings.add(basename(file));
    strings.add(relative(dirname(files[0]), file));
    const text = readFileSync(file, "utf8");
    // A Markdown document's front matter is the organisation's data too (documentSources).
    const yaml = file.endsWith(".md") ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") : text;
    for (const document of parseAllDocuments(yaml)) walk(document.toJS());
  }
  return [...strings].sort((a, b) => b.length - a.length);
}

describe.each(EXAMPLES)("$example", ({ folder, assessment, asOf }) => {
  const sms = join(folder, "sms.yaml");
  const gap = join(folder, "gap-assessment.yaml");
  const markdown = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md")).map((file) => join(folder, file));
  const inputs = [sms, ...(assessment ? [gap] : []), ...markdown];
  const data = userStrings(inputs);

  describe.each(REPORTS)("$type $format", ({ type, format }) => {
    for (const lang of ["en", "zh-CN"] as const) {
      it(`in ${lang}, reads as a deliverable`, async () => {
        const output = join(OUT, `${basename(folder)}-${type}-${lang}.${format}`);
        // Absolute paths, as a consultant's script would pass them.
        const args = ["report", type, sms, "--format", format, "--lang", lang, "--as-of", asOf, "-o", output, ...(assessment ? ["--assessment", gap] : [])];
        const result = await runInProcess(args);
        expect(result.stderr).toBe(`${output}\n`);
        const text = visibleText(readFileSync(output, "utf8"), format);

        expect(text).not.toContain(ROOT);
        expect(text).not.toMatch(/\.ya?ml:\d+:\d+/);
        // The user's own data may mention anything; only the tool's words are held to these rules.
        let ours = text;
        for (const value of data) ours = ours.split(value).join(" 某 ");
        expect(ours.match(YAML_INSTRUCTIONS)?.[0]).toBeUndefined();
        expect(RULE_IDS.filter((id) => ours.includes(id))).toEqual([]);
        if (type === "gap") expect(REQUIREMENT_IDS.filter((id) => new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(ours))).toEqual([]);
        if (lang === "zh-CN") {
          const problems = ours
            .split(/\n|"?,"?|\|/)
            .filter((line) => /[\u4e00-\u9fff]/.test(line))
            .flatMap((line) => chineseTextProblems(line).map((problem) => `${problem}: ${line.trim()}`));
          expect(problems).toEqual([]);
        }
      });
    }
  });
});
