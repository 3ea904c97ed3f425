import { describe, expect, it } from "vitest";
import assessEn from "../../src/i18n/assess.en.json" with { type: "json" };
import assessZh from "../../src/i18n/assess.zh-CN.json" with { type: "json" };
import en from "../../src/i18n/en.json" with { type: "json" };
import initEn from "../../src/i18n/init.en.json" with { type: "json" };
import initZh from "../../src/i18n/init.zh-CN.json" with { type: "json" };
import reportsEn from "../../src/i18n/reports.en.json" with { type: "json" };
import reportsZh from "../../src/i18n/reports.zh-CN.json" with { type: "json" };
import zh from "../../src/i18n/zh-CN.json" with { type: "json" };
import { messagesIn, translator } from "../../src/i18n/translate.js";

const PAIRS: [string, Record<string, string>, Record<string, string>][] = [
  ["messages", en, zh],
  ["reports", reportsEn, reportsZh],
  ["init", initEn, initZh],
  ["assess", assessEn, assessZh],
];

// "{count}" and "{count, plural, ...}" name the same parameter.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural, )/g)].map((m) => m[1]))].sort();

describe("message catalogues", () => {
  for (const [name, english, chinese] of PAIRS) {
    it(`${name}: every key exists in both en and zh-CN`, () => {
      expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    });

    it(`${name}: each text has the same {placeholders} in both languages`, () => {
      const differing = Object.keys(english).filter((key) => placeholders(english[key]).join() !== placeholders(chinese[key] ?? "").join());
      expect(differing).toEqual([]);
    });

    it(`${name}: the Chinese texts are Chinese`, () => {
      const untranslated = Object.entries(chinese).filter(([key, text]) => /[a-z]{4,} [a-z]{4,} [a-z]{4,}/i.test(text) && !/[\u4e00-\u9fff]/.test(text) && key);
      expect(untranslated.map(([key]) => key)).toEqual([]);
    });
  }

  it("every remedy and how-to-record note is a sentence: capital and full stop in English, full stop in Chinese", () => {
    // The advice that follows a finding (rule.*, load.*, schema.*), not headings such as explain.remedy.
    const advice = (catalogue: Record<string, string>) => Object.entries(catalogue).filter(([key]) => /^(rule|load|schema)\..*\.(remedy|howToRecord)$/.test(key));
    expect(advice(en).filter(([, text]) => !/^[A-Z`]/.test(text) || !/[.?!]$/.test(text)).map(([key]) => key)).toEqual([]);
    expect(advice(zh).filter(([, text]) => !/[。？！]$/.test(text)).map(([key]) => key)).toEqual([]);
    expect(advice(en).length).toBeGreaterThan(50);
  });

  it("no key is defined by two catalogues of one language", () => {
    const keys = [...Object.keys(en), ...Object.keys(reportsEn), ...Object.keys(initEn), ...Object.keys(assessEn)];
    expect(keys.length).toBe(new Set(keys).size);
    expect(messagesIn("en").size).toBe(keys.length);
  });

  it("in Chinese, a template's space beside a parameter goes where Chinese meets Chinese, and stays beside code, Latin text and numbers", () => {
    const zh = translator("zh-CN");
    const en = translator("en");
    // "文件 {document} 缺少 {fields}"
    expect(zh("rule.document-control-incomplete.fields", { document: "CC-03", fields: "负责人、版本" })).toBe("文件 CC-03 缺少负责人、版本");
    expect(zh("rule.document-control-incomplete.fields", { document: "质量手册", fields: "owner" })).toBe("文件质量手册缺少 owner");
    expect(zh("rule.document-control-incomplete.fields", { document: "2", fields: "`owner`" })).toBe("文件 2 缺少 `owner`");
    // The parameter's own spaces are its text, kept as written.
    expect(zh("rule.document-control-incomplete.fields", { document: "华信 一号", fields: "负责人 " })).toBe("文件华信 一号缺少负责人 ");
    expect(en("rule.document-control-incomplete.fields", { document: "CC-03", fields: "owner" })).toBe(messagesIn("en").get("rule.document-control-incomplete.fields")!.replace("{document}", "CC-03").replace("{fields}", "owner"));
  });
});
