import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import en from "../../src/i18n/en.json" with { type: "json" };
import zhCN from "../../src/i18n/zh-CN.json" with { type: "json" };
import { ALL_RULES, RULES } from "../../src/rules/index.js";
import type { Rule } from "../../src/rules/types.js";

const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../src/rules");
const RULE_FILES = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith(".ts") && f !== "index.ts" && f !== "types.ts")
  .sort();

const CATALOGUES: Record<string, Record<string, string>> = { en, "zh-CN": zhCN };

const isRule = (value: unknown): value is Rule =>
  typeof value === "object" && value !== null && typeof (value as Rule).id === "string" && typeof (value as Rule).check === "function";

describe("rule registry", () => {
  it("finds the rule files", () => expect(RULE_FILES.length).toBeGreaterThan(30));

  for (const file of RULE_FILES) {
    it(`${file} exports one registered rule whose id is its file name`, async () => {
      const module: Record<string, unknown> = await import(join(RULES_DIR, file));
      const rules = Object.values(module).filter(isRule);
      expect(rules).toHaveLength(1);
      expect(rules[0].id).toBe(basename(file, ".ts"));
      expect(RULES).toContain(rules[0]);
    });
  }

  it("registers no rule without a file", () => {
    expect(RULES.map((r) => `${r.id}.ts`)).toEqual(RULE_FILES);
  });

  it("keeps RULES sorted by id, without duplicates", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every rule a severity and at least one message, a clause to each nonconformity and none to a prerequisite", () => {
    for (const rule of RULES) {
      expect(["major", "minor", "observation"], rule.id).toContain(rule.severity);
      expect(rule.messages.length, rule.id).toBeGreaterThan(0);
      // Prerequisites are the certification body's conditions, not clauses of the standard.
      if (rule.blocking) expect(rule.clauses, rule.id).toEqual([]);
      else expect(rule.clauses.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("marks exactly the application prerequisites as blocking, graded major internally", () => {
    const blocking = RULES.filter((r) => r.blocking).map((r) => r.id);
    expect(blocking).toEqual([
      "administrative-penalty-recent",
      "application-dossier-incomplete",
      "internal-audit-missing",
      "legal-entity-evidence-missing",
      "management-review-missing",
      "sms-operation-too-short",
    ]);
    for (const rule of RULES.filter((r) => r.blocking)) expect(rule.severity, rule.id).toBe("major");
    for (const rule of RULES.filter((r) => !r.blocking)) expect(rule.blocking, rule.id).toBeUndefined();
  });

  it("gives each rule its category: prerequisite for the blocking ones, nonconformity for the rest, invalid for the loader's", () => {
    const meta = new Map(ALL_RULES.map((r) => [r.id, r]));
    for (const rule of RULES) expect(meta.get(rule.id), rule.id).toMatchObject({ category: rule.blocking ? "prerequisite" : "nonconformity", blocking: rule.blocking === true });
    for (const id of ["schema", "yaml-syntax", "yaml-duplicate-key", "file-encoding"]) expect(meta.get(id), id).toMatchObject({ category: "invalid", clauses: [] });
    expect(meta.get("waiver-not-acceptable")).toEqual({ id: "waiver-not-acceptable", severity: "minor", clauses: ["6.1"], blocking: false, category: "nonconformity" });
  });

  it("states the grade and clause of the rules whose grading changed", () => {
    const rule = (id: string) => RULES.find((r) => r.id === id);
    expect(rule("duplicate-id")).toMatchObject({ severity: "minor", clauses: ["7.5.2"] });
    expect(rule("evidence-not-given")).toMatchObject({ severity: "minor", messages: ["document"] });
    expect(rule("requirement-not-covered")?.blocking).toBeUndefined();
  });

  for (const [lang, messages] of Object.entries(CATALOGUES)) {
    it(`has a ${lang} text for every message of every rule`, () => {
      const missing = RULES.flatMap((r) => r.messages.map((m) => `rule.${r.id}.${m}`)).filter((key) => !messages[key]);
      expect(missing).toEqual([]);
    });

    it(`has a ${lang} title, description and remedy for every rule`, () => {
      const missing = ALL_RULES.flatMap((r) => ["title", "description", "remedy"].map((part) => `rule.${r.id}.${part}`)).filter((key) => !messages[key]);
      expect(missing).toEqual([]);
    });
  }

  it("uses the same placeholders in both languages", () => {
    // A plain {name} or an ICU {name, plural, ...}; a parameter counted twice (noun and verb) is one parameter.
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural, )/g)].map((m) => m[1]))].sort();
    const differ = RULES.flatMap((r) => r.messages.map((m) => `rule.${r.id}.${m}`)).filter(
      (key) => en[key as keyof typeof en] && JSON.stringify(placeholders(CATALOGUES.en[key])) !== JSON.stringify(placeholders(CATALOGUES["zh-CN"][key] ?? "")),
    );
    expect(differ).toEqual([]);
  });
});
