import { describe, it, expect } from "vitest";
import items from "../../src/catalog/data/assessment-items.json" with { type: "json" };
import raw from "../../src/catalog/data/catalog.json" with { type: "json" };
import type { CatalogData, Localized } from "../../src/catalog/types.js";

interface AssessmentItem {
  clause: string;
  requirements: string[];
  lookFor: Record<keyof Localized, string[]>;
  question: Localized;
}

const data = raw as unknown as CatalogData;
const assessmentItems = items as unknown as AssessmentItem[];
const CJK = /[\u4e00-\u9fff]/;
const ASCII_PUNCTUATION = /[,.:;?]/;

const leafClauses = data.clauses.filter((c) => !data.clauses.some((o) => o.parent === c.id)).map((c) => c.id);
const requirementIds = new Set(data.requirements.map((r) => r.id));

/** Every Chinese string of an item, with a label for failure messages. */
function chineseTexts(item: AssessmentItem): [string, string][] {
  return [
    ...item.lookFor["zh-CN"].map((text, i): [string, string] => [`${item.clause} lookFor ${i}`, text]),
    [`${item.clause} question`, item.question["zh-CN"]],
  ];
}

/** Every English string of an item, with a label for failure messages. */
function englishTexts(item: AssessmentItem): [string, string][] {
  return [
    ...item.lookFor.en.map((text, i): [string, string] => [`${item.clause} lookFor ${i}`, text]),
    [`${item.clause} question`, item.question.en],
  ];
}

describe("assessment items", () => {
  it("has exactly one item per leaf clause of 4 to 10, in clause order", () => {
    expect(leafClauses).toHaveLength(57);
    expect(assessmentItems.map((i) => i.clause)).toEqual(leafClauses);
  });

  it("has only the keys clause, requirements, lookFor and question, each text in en and zh-CN", () => {
    for (const item of assessmentItems) {
      expect(Object.keys(item).sort(), item.clause).toEqual(["clause", "lookFor", "question", "requirements"]);
      expect(Object.keys(item.lookFor).sort(), item.clause).toEqual(["en", "zh-CN"]);
      expect(Object.keys(item.question).sort(), item.clause).toEqual(["en", "zh-CN"]);
    }
  });

  it("names only existing requirements, without repeats", () => {
    for (const item of assessmentItems) {
      for (const id of item.requirements) expect(requirementIds.has(id), `${item.clause} -> ${id}`).toBe(true);
      expect(new Set(item.requirements).size, item.clause).toBe(item.requirements.length);
    }
  });

  it("lists every requirement whose clauses include the item's clause", () => {
    for (const item of assessmentItems) {
      const expected = data.requirements.filter((r) => r.clauses.includes(item.clause)).map((r) => r.id);
      const missing = expected.filter((id) => !item.requirements.includes(id));
      expect(missing, item.clause).toEqual([]);
    }
  });

  it("adds the evidence an auditor reads beyond the clause's own requirements", () => {
    const byClause = new Map(assessmentItems.map((i) => [i.clause, i.requirements]));
    expect(byClause.get("8.3.4.2")).toContain("supplier-performance-reviews");
    expect(byClause.get("8.6.3")).toEqual(["problem-records", "known-error-records", "sms-processes"]);
    expect(byClause.get("7.5.4")).toHaveLength(data.requirements.filter((r) => r.clauses.includes("7.5.4")).length);
  });

  it("has 2 to 4 non-empty points to look for, as many in Chinese as in English", () => {
    for (const item of assessmentItems) {
      const { en, "zh-CN": zh } = item.lookFor;
      expect(en.length, item.clause).toBeGreaterThanOrEqual(2);
      expect(en.length, item.clause).toBeLessThanOrEqual(4);
      expect(zh.length, item.clause).toBe(en.length);
      for (const text of [...en, ...zh]) expect(text.trim().length, item.clause).toBeGreaterThan(0);
    }
  });

  it("writes Chinese with Chinese characters and full-width punctuation only", () => {
    for (const item of assessmentItems) {
      for (const [label, text] of chineseTexts(item)) {
        expect(text, label).toMatch(CJK);
        expect(text, label).not.toMatch(ASCII_PUNCTUATION);
      }
    }
  });

  it("writes English without Chinese characters", () => {
    for (const item of assessmentItems) {
      for (const [label, text] of englishTexts(item)) expect(text, label).not.toMatch(CJK);
    }
  });

  it("asks one question per item, ending with a question mark in each language", () => {
    for (const item of assessmentItems) {
      expect(item.question.en, item.clause).toMatch(/\?$/);
      expect(item.question["zh-CN"], item.clause).toMatch(/？$/);
    }
  });

  it("never repeats a point or a question between items", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const texts = assessmentItems.flatMap((i) => [...i.lookFor[lang], i.question[lang]]);
      expect(texts.filter((t, i) => texts.indexOf(t) !== i), lang).toEqual([]);
    }
  });
});
