// The Chinese texts read as a Chinese certification professional writes: one glossary, full-width
// punctuation, no English words in prose. Failures list `where: text` so that each can be found.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import assessZh from "../../src/i18n/assess.zh-CN.json" with { type: "json" };
import initZh from "../../src/i18n/init.zh-CN.json" with { type: "json" };
import reportsZh from "../../src/i18n/reports.zh-CN.json" with { type: "json" };
import zh from "../../src/i18n/zh-CN.json" with { type: "json" };
import assessmentItems from "../../src/catalog/data/assessment-items.json" with { type: "json" };
import catalog from "../../src/catalog/data/catalog.json" with { type: "json" };
import {
  ALLOWED_WORDS,
  avoidedTerms,
  catalogueStrings,
  chineseTextProblems,
  dataStrings,
  englishWords,
  GLOSSARY,
  halfWidthPunctuation,
  type ChineseString,
} from "../helpers/chinese-text.js";
import { runInProcess } from "../helpers/cli.js";
// @ts-expect-error: a plain JavaScript script without types
import { renderGlossary } from "../../scripts/glossary.mjs";

const STRINGS: ChineseString[] = [
  ...catalogueStrings("zh-CN.json", zh),
  ...catalogueStrings("reports.zh-CN.json", reportsZh),
  ...catalogueStrings("init.zh-CN.json", initZh),
  ...catalogueStrings("assess.zh-CN.json", assessZh),
  ...dataStrings("catalog.json", catalog),
  ...dataStrings("assessment-items.json", assessmentItems),
];

const failures = (strings: ChineseString[], problems: (s: ChineseString) => string[]) =>
  strings.flatMap((s) => {
    const found = problems(s);
    return found.length ? [`${s.where}: ${s.text}  ← ${found.join("; ")}`] : [];
  });

describe("the glossary", () => {
  it("has one entry per Chinese term, each with a note, and no variant that is another entry's term", () => {
    const terms = GLOSSARY.map((entry) => entry.zh);
    expect(terms.length).toBe(new Set(terms).size);
    expect(GLOSSARY.filter((entry) => !entry.en || !entry.zh || !Array.isArray(entry.avoid) || typeof entry.note !== "string")).toEqual([]);
    const clashes = GLOSSARY.flatMap((entry) => entry.avoid.filter((variant) => terms.includes(variant)).map((variant) => `${entry.en}: ${variant}`));
    expect(clashes).toEqual([]);
  });

  it("uses the terms certification bodies in China use", () => {
    const zhOf = (en: string) => GLOSSARY.find((entry) => entry.en.startsWith(en))?.zh;
    expect(zhOf("service management system")).toBe("服务管理体系");
    expect(zhOf("documented information")).toBe("成文信息");
    expect(zhOf("major nonconformity")).toBe("严重不符合");
    expect(zhOf("minor nonconformity")).toBe("一般不符合");
    expect(zhOf("observation")).toBe("观察项");
    expect(zhOf("service level agreement")).toBe("服务级别协议");
  });

  it("is described in docs/glossary.md, which names the JSON as its source and lists every term", () => {
    const page = readFileSync(new URL("../../docs/glossary.md", import.meta.url), "utf8");
    expect(page).toContain("src/i18n/glossary.zh-CN.json");
    expect(GLOSSARY.filter((entry) => !page.includes(`| ${entry.zh} |`)).map((entry) => entry.zh)).toEqual([]);
    // Regenerate with `node scripts/glossary.mjs`.
    expect(page).toBe(renderGlossary(GLOSSARY));
  });
});

describe("the checks themselves", () => {
  it("catch what a reviewer caught", () => {
    expect(chineseTextProblems("法律实体缺少 evidence")).toEqual(["avoid 法律实体 (→ 法人)", 'English "evidence"']);
    expect(englishWords("状态为 in-review")).toEqual(["in-review"]);
    expect(englishWords("设置新的 nextReviewDate")).toEqual(["nextReviewDate"]);
    expect(chineseTextProblems("SMS 未说明")).toContain("SMS");
    expect(avoidedTerms("仅有已废止的文件")).toContain("已废止 (→ 已作废)");
    expect(halfWidthPunctuation("风险台账,写明负责人(必填)")).toEqual(["账,", "人(", "填)"]);
  });

  it("let code spans, placeholders, standards, numbers and the allowlist through", () => {
    const fine = "运行 `iso20k check --as-of 2026-01-01`，把 {name} 写入 `evidence:`；ISO/IEC 20000-1:2018 第 8.5.1 条，RACI 矩阵，YAML 文件";
    expect(chineseTextProblems(fine)).toEqual([]);
    expect(ALLOWED_WORDS.has("YAML")).toBe(true);
    expect(ALLOWED_WORDS.has("SMS")).toBe(false);
  });
});

describe("every Chinese text of the catalogues and the catalogue data", () => {
  it("finds the texts: all four message catalogues and both data files", () => {
    for (const name of ["zh-CN.json", "reports.zh-CN.json", "init.zh-CN.json", "assess.zh-CN.json", "catalog.json", "assessment-items.json"])
      expect(STRINGS.filter((s) => s.where.startsWith(`${name} `)).length).toBeGreaterThan(10);
  });

  it("never writes SMS", () => {
    expect(failures(STRINGS, (s) => (/\bSMS\b/.test(s.text) ? ["SMS"] : []))).toEqual([]);
  });

  it("uses the glossary's term, never a variant it says to avoid (file-name search keywords excepted)", () => {
    expect(failures(STRINGS, (s) => (s.keyword ? [] : avoidedTerms(s.text)))).toEqual([]);
  });

  it("uses full-width punctuation next to Chinese characters", () => {
    expect(failures(STRINGS, (s) => halfWidthPunctuation(s.text))).toEqual([]);
  });

  it("has no English words outside code spans, placeholders and the allowlist", () => {
    // howToRecord texts tell how to edit the YAML file: field names may stand there, but only in code spans, as everywhere.
    expect(failures(STRINGS, (s) => englishWords(s.text))).toEqual([]);
  });
});

const latinWords = (text: string) => text.match(/[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*/g) ?? [];

/** The vocabulary of the file formats: property names and enum values (draft, in-review), which must never reach a Chinese sentence. */
function schemaVocabulary(): Set<string> {
  const words = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        if (key === "properties" && child && typeof child === "object") for (const name of Object.keys(child)) words.add(name);
        if (key === "enum" && Array.isArray(child)) for (const value of child) if (typeof value === "string") latinWords(value).forEach((w) => words.add(w));
        walk(child);
      }
    }
  };
  for (const schema of ["sms", "gap-assessment"]) walk(JSON.parse(readFileSync(new URL(`../../schemas/${schema}.schema.json`, import.meta.url), "utf8")));
  return words;
}

/**
 * The input files' values: user data such as ids (CC-02), names, paths and the consultant's notes,
 * which messages quote as they are. Keys and the formats' own vocabulary (draft, in-review) are not user data.
 */
function userValues(files: string[]): string[] {
  const vocabulary = schemaVocabulary();
  const values = new Set<string>();
  const walk = (node: unknown) => {
    if (typeof node === "string" || typeof node === "number") values.add(String(node));
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  for (const file of files) walk(parseYaml(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8")));
  return [...values].filter((v) => v.length >= 2 && !vocabulary.has(v)).sort((x, y) => y.length - x.length);
}

/** The text with every verbatim user value taken out, so that only the tool's own words are checked. */
const withoutUserData = (text: string, values: string[]) => values.reduce((rest, value) => rest.split(value).join(" "), text);

describe("rule messages rendered in Chinese with real parameters", () => {
  for (const example of ["early-stage", "zh-cn"]) {
    const files = [`examples/${example}/sms.yaml`, `examples/${example}/gap-assessment.yaml`];
    it(`examples/${example} with its gap assessment: no finding, verdict reason or remedy has English words other than the files' own data, or a space between Chinese characters`, async () => {
      const result = await runInProcess(["check", files[0], "--assessment", files[1], "--format", "json", "--lang", "zh-CN", "--as-of", "2026-11-21", "--fail-on", "none"]);
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout);
      const values = userValues(files);
      const texts: ChineseString[] = [
        ...report.findings.flatMap((f: { ruleId: string; message: string; remedy?: string }) => [
          { where: `${f.ruleId} message`, text: f.message, keyword: false },
          ...(f.remedy ? [{ where: `${f.ruleId} remedy`, text: f.remedy, keyword: false }] : []),
        ]),
        ...report.verdict.reasons.map((r: { ruleId: string; message: string }) => ({ where: `${r.ruleId} reason`, text: r.message, keyword: false })),
      ];
      expect(texts.length).toBeGreaterThan(10);
      const own = texts.map((s) => ({ ...s, text: withoutUserData(s.text, values) }));
      expect(failures(own, (s) => [...englishWords(s.text), ...halfWidthPunctuation(s.text), ...avoidedTerms(s.text)])).toEqual([]);
      // Chinese meets Chinese without a space, also where a parameter's text meets the template's (these files' own data has none).
      const spaced = (text: string) => [...text.matchAll(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef] [\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/g)].map((m) => `a space between Chinese: ${m[0]}`);
      expect(failures(texts, (s) => spaced(s.text))).toEqual([]);
    });
  }

  it("a Chinese finding names document fields and statuses in Chinese", async () => {
    const result = await runInProcess(["check", "examples/early-stage/sms.yaml", "--format", "json", "--lang", "zh-CN", "--as-of", "2026-11-21", "--fail-on", "none"]);
    const messages: string[] = JSON.parse(result.stdout).findings.map((f: { message: string }) => f.message);
    const control = messages.filter((m) => m.includes("缺少"));
    expect(control.length).toBeGreaterThan(0);
    expect(control.join("\n")).not.toMatch(/owner|version|status|approvalDate|nextReviewDate/);
  });

  it("schema errors in Chinese: paths, keys and allowed values in code spans, the root as 顶层, no other English", async () => {
    const file = "test/fixtures/validate/broken-schema.yaml";
    const messages: ChineseString[] = [];
    for (const args of [["validate", file], ["validate", "-", "--stdin-filename", "sms.yaml"]]) {
      const result = await runInProcess([...args, "--format", "json", "--lang", "zh-CN"], { stdin: "a: 1\n" });
      for (const f of JSON.parse(result.stdout).files[0].findings as { ruleId: string; message: string }[]) messages.push({ where: f.ruleId, text: f.message, keyword: false });
    }
    expect(messages.length).toBe(11 + 5);
    expect(messages.map((m) => m.text)).toContain("顶层缺少必填属性 `documents`");
    expect(messages.map((m) => m.text)).toContain("`documents[0].status` 必须是以下之一：`draft`、`in-review`、`approved`、`retired`");
    const own = messages.map((s) => ({ ...s, text: withoutUserData(s.text, userValues([file])) }));
    expect(failures(own, (s) => [...englishWords(s.text), ...avoidedTerms(s.text)])).toEqual([]);
  });

  it("explains every rule in Chinese with Chinese punctuation and no English words but code", async () => {
    const rules: { id: string }[] = JSON.parse((await runInProcess(["rules", "--format", "json"])).stdout);
    expect(rules.length).toBeGreaterThan(40);
    const texts: ChineseString[] = [];
    for (const { id } of rules) {
      const lines = (await runInProcess(["explain", id, "--lang", "zh-CN"])).stdout.split("\n");
      // The first line is the rule id (code), a colon and the title.
      texts.push(...lines.slice(1).filter(Boolean).map((text) => ({ where: id, text, keyword: false })));
    }
    expect(failures(texts, (s) => [...englishWords(s.text), ...halfWidthPunctuation(s.text), ...avoidedTerms(s.text)])).toEqual([]);
    const penalty = (await runInProcess(["explain", "administrative-penalty-recent", "--lang", "zh-CN"])).stdout.split("\n");
    expect(penalty.slice(1, 3)).toEqual(["等级：申请条件（阻止申请）", "条款：-"]);
    expect((await runInProcess(["explain", "assessed-nonconformity", "--lang", "zh-CN"])).stdout.split("\n")[2]).toBe("条款：4、5、6、7、8、9、10");
  });

  it("lists what a person types (formats) in code spans, in Chinese only", async () => {
    const zh = await runInProcess(["check", "examples/ready/sms.yaml", "--format", "nope", "--lang", "zh-CN"]);
    expect([zh.code, zh.stderr]).toEqual([2, "iso20k: `--format` nope：没有这种格式；可选 `stylish`、`json`、`junit`、`sarif`、`github`、`markdown`、`codequality`，每种都可在其后加 `:文件`\n"]);
    const en = await runInProcess(["check", "examples/ready/sms.yaml", "--format", "nope"]);
    expect(en.stderr).toBe("iso20k: --format nope: no such format; choose from stylish, json, junit, sarif, github, markdown, codequality, each optionally with :file\n");
  });

  it("a YAML error in Chinese has no English words: the yaml package's own words stay in English output", async () => {
    const broken = [
      'organization:\n  name: "unterminated\n', // a quote left open
      "a: 1\n b: 2\n", // a key indented under a value
      "a: [1, 2\nb: 3\n", // a bracket left open
      "a:\n  - x\n - y\n", // items out of line
      "a: 1\n---\nb: 2\n", // two documents
      "a: b: c\n", // a value that is a mapping on its key's line
    ];
    const messages: ChineseString[] = [];
    for (const [i, yaml] of broken.entries()) {
      const result = await runInProcess(["validate", "-", "--stdin-filename", "sms.yaml", "--format", "json", "--lang", "zh-CN"], { stdin: yaml });
      const findings: { ruleId: string; message: string }[] = JSON.parse(result.stdout).files[0].findings;
      expect(findings.length, yaml).toBeGreaterThan(0);
      messages.push(...findings.map((f) => ({ where: `case ${i} ${f.ruleId}`, text: f.message, keyword: false })));
    }
    expect(failures(messages, (s) => [...englishWords(s.text), ...halfWidthPunctuation(s.text), ...avoidedTerms(s.text)])).toEqual([]);
  });
});
