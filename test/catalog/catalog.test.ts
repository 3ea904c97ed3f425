import assessmentItems from "../../src/catalog/data/assessment-items.json" with { type: "json" };
import { describe, it, expect } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import raw from "../../src/catalog/data/catalog.json" with { type: "json" };
import schema from "../../schemas/catalog.schema.json" with { type: "json" };
import { Catalog, catalog } from "../../src/catalog/catalog.js";
import type { CatalogData, Clause } from "../../src/catalog/types.js";

const data = raw as unknown as CatalogData;
const CLAUSE_COUNT = 77;
const TOP_LEVEL = ["4", "5", "6", "7", "8", "9", "10"];
const CJK = /[\u4e00-\u9fff]/;

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** Compares dotted clause numbers numerically, segment by segment. */
function compareClauseIds(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every { en, zh-CN } text object in `value`, with the path it was found at. */
function localizedTexts(value: unknown, path = ""): { path: string; en: unknown; zh: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}/${i}`));
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  // A text object has an "en" or "zh-CN" string; keyword lists hold arrays instead.
  if (typeof record.en === "string" || typeof record["zh-CN"] === "string") {
    return [{ path, en: record.en, zh: record["zh-CN"] }];
  }
  return Object.keys(record).flatMap((k) => localizedTexts(record[k], `${path}/${k}`));
}

const clauseIds = data.clauses.map((c) => c.id);
const isLeaf = (c: Clause) => !data.clauses.some((o) => o.parent === c.id);
const mappedClauses = new Set(data.requirements.flatMap((r) => r.clauses));

describe("catalogue schema", () => {
  it("catalog.json validates against schemas/catalog.schema.json", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    validate(raw);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("the schema rejects a Localized without zh-CN and an unknown property", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    const broken = structuredClone(raw) as unknown as { clauses: Record<string, unknown>[] };
    broken.clauses[0] = { ...broken.clauses[0], title: { en: "Context" }, extra: 1 };
    expect(validate(broken)).toBe(false);
  });

  it("names the standard", () => {
    expect(data.standard).toBe("ISO/IEC 20000-1:2018");
    expect(catalog.standard).toBe("ISO/IEC 20000-1:2018");
  });
});

describe("clauses", () => {
  it(`holds exactly ${CLAUSE_COUNT} clauses from 4 to 10.2`, () => {
    expect(data.clauses).toHaveLength(CLAUSE_COUNT);
    expect(clauseIds[0]).toBe("4");
    expect(clauseIds.at(-1)).toBe("10.2");
  });

  it("has unique ids", () => {
    expect(duplicates(clauseIds)).toEqual([]);
  });

  it("has ids that are dotted numbers", () => {
    for (const id of clauseIds) expect(id).toMatch(/^(?:[4-9]|10)(?:\.[1-9][0-9]*)*$/);
  });

  it("has top-level clauses 4 to 10 with a null parent, and no others", () => {
    expect(data.clauses.filter((c) => c.parent === null).map((c) => c.id)).toEqual(TOP_LEVEL);
  });

  it("gives every sub-clause an existing parent whose id it extends by one number", () => {
    for (const clause of data.clauses.filter((c) => c.parent !== null)) {
      const parent = clause.parent as string;
      expect(clauseIds, clause.id).toContain(parent);
      expect(clause.id.startsWith(`${parent}.`), clause.id).toBe(true);
      expect(clause.id.slice(parent.length + 1), clause.id).toMatch(/^[1-9][0-9]*$/);
    }
  });

  it("ends every parent chain at a top-level clause", () => {
    for (const clause of data.clauses) {
      let current: Clause | undefined = clause;
      const seen = new Set<string>();
      while (current && current.parent !== null) {
        expect(seen.has(current.id), `cycle at ${current.id}`).toBe(false);
        seen.add(current.id);
        current = data.clauses.find((c) => c.id === current!.parent);
      }
      expect(current, clause.id).toBeDefined();
      expect(TOP_LEVEL).toContain(current!.id);
    }
  });

  it("is in document order, with no numbering gaps among siblings", () => {
    expect([...clauseIds].sort(compareClauseIds)).toEqual(clauseIds);
    for (const parent of [null, ...clauseIds]) {
      const siblings = data.clauses.filter((c) => c.parent === parent).map((c) => Number(c.id.split(".").at(-1)));
      if (parent === null) expect(siblings).toEqual([4, 5, 6, 7, 8, 9, 10]);
      else if (siblings.length) expect(siblings, parent).toEqual(siblings.map((_, i) => i + 1));
    }
  });

  it("includes the deepest clauses of 8.3.4, 8.5.1, 8.5.2 and 8.7.3", () => {
    for (const id of ["8.3.4.2", "8.5.1.3", "8.5.2.3", "8.7.3.3"]) expect(clauseIds).toContain(id);
  });

  it("marks processOnly only on leaves, and every leaf has a requirement or processOnly but not both", () => {
    for (const clause of data.clauses) {
      const mapped = mappedClauses.has(clause.id);
      if (!isLeaf(clause)) {
        expect(clause.processOnly, clause.id).toBeUndefined();
        continue;
      }
      expect(mapped || clause.processOnly === true, `${clause.id} has neither`).toBe(true);
      expect(mapped && clause.processOnly === true, `${clause.id} has both`).toBe(false);
    }
  });

  it("gives no requirement to a processOnly clause", () => {
    const processOnly = data.clauses.filter((c) => c.processOnly);
    expect(processOnly.map((c) => c.id)).toEqual(["5.1", "7.5.1", "8.2.1", "8.3.1"]);
    for (const clause of processOnly) expect(catalog.requirementsOfClause(clause.id), clause.id).toEqual([]);
  });
});

describe("requirements", () => {
  const reqIds = data.requirements.map((r) => r.id);

  it("has 70 unique kebab-case ids", () => {
    expect(reqIds).toHaveLength(70);
    expect(duplicates(reqIds)).toEqual([]);
    for (const id of reqIds) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
  });

  it("has 48 mandatory and 22 recommended items, 40 documents and 30 records", () => {
    expect(data.requirements.filter((r) => r.mandatory)).toHaveLength(48);
    expect(data.requirements.filter((r) => !r.mandatory)).toHaveLength(22);
    expect(catalog.documents()).toHaveLength(40);
    expect(catalog.records()).toHaveLength(30);
    expect(catalog.documents().every((r) => r.kind === "document")).toBe(true);
    expect(catalog.records().every((r) => r.kind === "record")).toBe(true);
  });

  it("names only existing clauses, without repeats", () => {
    for (const r of data.requirements) {
      expect(r.clauses.length, r.id).toBeGreaterThan(0);
      expect(duplicates(r.clauses), r.id).toEqual([]);
      for (const c of r.clauses) expect(clauseIds, `${r.id} -> ${c}`).toContain(c);
    }
  });

  it("is listed in clause order of its first clause, and 7.5.4 never comes before a more specific clause", () => {
    const firsts = data.requirements.map((r) => r.clauses[0]);
    for (let i = 1; i < firsts.length; i++) {
      expect(compareClauseIds(firsts[i - 1], firsts[i]), `${reqIds[i - 1]} before ${reqIds[i]}`).toBeLessThanOrEqual(0);
    }
    for (const r of data.requirements) {
      if (r.clauses.includes("7.5.4") && r.clauses.length > 1) expect(r.clauses.at(-1), r.id).toBe("7.5.4");
    }
  });

  it("covers every letter a to l of 7.5.4, each on a mandatory document-or-record naming 7.5.4", () => {
    const letters = new Set(data.requirements.map((r) => r.item754).filter(Boolean));
    expect([...letters].sort()).toEqual("abcdefghijkl".split(""));
    for (const r of data.requirements) {
      const has754 = r.clauses.includes("7.5.4");
      expect(has754, `${r.id}: item754 and clause 7.5.4 go together`).toBe(r.item754 !== undefined);
      if (r.item754) expect(r.mandatory, r.id).toBe(true);
    }
  });

  it("keeps letter l for records and a to k for documents", () => {
    for (const r of data.requirements.filter((x) => x.item754)) {
      expect(r.kind, r.id).toBe(r.item754 === "l" ? "record" : "document");
    }
  });

  it("applies supplier items only where such suppliers are in scope; performance reviews to internal ones too", () => {
    expect(data.requirements.filter((r) => r.appliesWhen).map((r) => [r.id, r.appliesWhen])).toEqual([
      ["external-supplier-contracts", "external-suppliers"],
      ["supplier-dispute-records", "external-suppliers"],
      ["supplier-performance-reviews", "suppliers"],
      ["internal-agreements", "internal-suppliers"],
    ]);
  });

  it("keeps the availability, continuity and information security risk assessments as maintained documents", () => {
    for (const id of ["availability-risk-assessment", "continuity-risk-assessment", "information-security-risk-assessment"])
      expect(catalog.requirement(id)?.kind, id).toBe("document");
  });

  it("meets the umbrella items of 7.5.4 l) and 8.1 through the records they stand for", () => {
    expect(data.requirements.filter((r) => r.metByRecordsOf).map((r) => [r.id, r.metByRecordsOf])).toEqual([
      ["conformity-records", ["4", "5", "6", "7", "8", "9", "10"]],
      ["operational-control-records", ["8"]],
    ]);
  });

  it("gives every register-kept record a freshness window", () => {
    const implicit = ["internal-audit-results", "management-review-results", "nonconformity-records"];
    for (const r of catalog.records().filter((x) => !x.metByRecordsOf && !implicit.includes(x.id))) expect(r.freshnessDays, r.id).toBeGreaterThan(0);
  });

  it("has one-line summaries of at most 200 characters that differ from the titles", () => {
    for (const r of data.requirements) {
      for (const lang of ["en", "zh-CN"] as const) {
        const summary = r.summary[lang];
        expect(summary.length, `${r.id} ${lang}`).toBeLessThanOrEqual(200);
        expect(summary, `${r.id} ${lang}`).not.toMatch(/\n/);
        expect(summary.trim().toLowerCase(), `${r.id} ${lang}`).not.toBe(r.title[lang].trim().toLowerCase());
        expect(summary, `${r.id} ${lang}`).not.toBe(r.evidence[lang]);
      }
    }
  });

  it("has lower-case, non-empty keywords in both languages, never shared between requirements", () => {
    const owner = new Map<string, string>();
    for (const r of data.requirements) {
      for (const lang of ["en", "zh-CN"] as const) {
        const words = r.keywords[lang];
        expect(words.length, `${r.id} ${lang}`).toBeGreaterThan(0);
        for (const word of words) {
          expect(word, r.id).toBe(word.toLowerCase());
          expect(word.trim(), r.id).toBe(word);
          expect(word.length, r.id).toBeGreaterThan(1);
          if (lang === "zh-CN") expect(word, r.id).toMatch(CJK);
          const previous = owner.get(word);
          expect(previous === undefined || previous === r.id, `"${word}" in ${previous} and ${r.id}`).toBe(true);
          owner.set(word, r.id);
        }
      }
    }
  });

  it("keeps the keyword examples the design relies on", () => {
    expect(catalog.requirement("change-management-policy")?.keywords.en).toContain("change management policy");
    expect(catalog.requirement("change-management-policy")?.keywords["zh-CN"]).toContain("变更管理方针");
  });
});

describe("localized texts", () => {
  const texts = localizedTexts(raw);

  it("are found throughout the catalogue", () => {
    // 77 clause titles + 70 × 3 requirement texts at least.
    expect(texts.length).toBeGreaterThan(77 + 70 * 3);
  });

  it("have non-empty en and zh-CN strings", () => {
    for (const t of texts) {
      expect(typeof t.en === "string" && t.en.trim().length > 0, `${t.path} en`).toBe(true);
      expect(typeof t.zh === "string" && t.zh.trim().length > 0, `${t.path} zh-CN`).toBe(true);
    }
  });

  it("have Chinese characters in every zh-CN string and none in en", () => {
    for (const t of texts) {
      expect(t.zh as string, t.path).toMatch(CJK);
      expect(t.en as string, t.path).not.toMatch(CJK);
    }
  });
});

describe("dossier", () => {
  it("holds items 1 to 8 with unique ids", () => {
    expect(data.dossier.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(duplicates(data.dossier.map((d) => d.id))).toEqual([]);
  });

  it("points only at existing requirements and at JSON pointers", () => {
    for (const item of data.dossier) {
      const source = item.source;
      if (source.kind === "sms-documents") {
        for (const id of source.ids) expect(catalog.requirement(id), `${item.id} -> ${id}`).toBeDefined();
        expect(source.pointer, item.id).toMatch(/^\/application\//);
      }
      if (source.kind === "field") expect(source.pointer, item.id).toMatch(/^\//);
      if (source.kind === "fields") for (const pointer of source.pointers) expect(pointer, item.id).toMatch(/^\/application\//);
    }
  });

  it("follows seed 000 section 5: item 4 asks for profile, chart and processes apart; item 5 for policy, plan and SLAs", () => {
    const profile = data.dossier.find((d) => d.id === "organization-profile")?.source;
    expect(profile).toEqual({ kind: "fields", pointers: ["/application/organizationProfile", "/application/organizationChart", "/application/businessProcesses"] });
    const smsDocuments = data.dossier.find((d) => d.id === "sms-documents")?.source;
    expect(smsDocuments?.kind).toBe("sms-documents");
    const ids = smsDocuments?.kind === "sms-documents" ? smsDocuments.ids : [];
    expect(ids).toEqual(["service-management-policy", "service-management-plan", "service-level-agreements"]);
    expect(data.dossier.find((d) => d.id === "audit-and-review-evidence")?.source).toEqual({ kind: "audit-and-review" });
  });

  it("sources the audit evidence, the comparison and the fields as the application needs", () => {
    const byId = new Map(data.dossier.map((d) => [d.id, d.source]));
    expect(byId.get("audit-and-review-evidence")).toEqual({ kind: "audit-and-review" });
    expect(byId.get("document-comparison")).toEqual({ kind: "generated", report: "mapping" });
    expect(byId.get("sms-operation-evidence")).toEqual({ kind: "records" });
    expect(byId.get("legal-entity-documents")).toEqual({ kind: "field", pointer: "/organization/legalEntity/evidence" });
    expect(byId.get("organization-code")).toEqual({ kind: "field", pointer: "/organization/legalEntity/registrationId" });
    expect(byId.get("confidentiality-statement")).toEqual({ kind: "field", pointer: "/application/confidentialityStatement" });
  });
});

describe("business categories", () => {
  const categories = data.businessCategories;

  it("holds the 14 rows of the national table with unique codes and numbers", () => {
    expect(categories).toHaveLength(14);
    expect(duplicates(categories.map((c) => c.code))).toEqual([]);
    expect(duplicates(categories.map((c) => c.number))).toEqual([]);
    for (const c of categories) {
      expect(c.code).toMatch(/^[A-Z]$/);
      expect(c.number).toMatch(/^\d\d\.\d\d$/);
    }
  });

  it("keeps the table's codes, numbers and Chinese names", () => {
    expect(categories.map((c) => `${c.code} ${c.number}`)).toEqual([
      "A 01.01", "C 01.03", "D 01.04", "G 03.01", "H 03.02", "I 03.03", "J 03.04",
      "L 04.01", "M 04.02", "N 04.03", "U 06.01", "V 06.02", "W 06.03", "X 06.04",
    ]);
    expect(catalog.businessCategory("04.02")?.name["zh-CN"]).toBe("硬件运行维护");
    expect(catalog.businessCategory("X")?.name["zh-CN"]).toBe("呼叫中心/服务台");
  });
});

describe("legacy process model", () => {
  it("has five groups and exactly 13 processes with unique ids", () => {
    expect(data.legacyGroups.map((g) => g.id)).toEqual(["service-delivery", "control", "release", "resolution", "relationship"]);
    expect(data.legacyProcesses).toHaveLength(13);
    expect(duplicates(data.legacyProcesses.map((p) => p.id))).toEqual([]);
    expect(duplicates(data.legacyGroups.map((g) => g.id))).toEqual([]);
  });

  it("puts 6, 2, 1, 2 and 2 processes in the groups, as the seeds say", () => {
    const counts = Object.fromEntries(
      data.legacyGroups.map((g) => [g.id, data.legacyProcesses.filter((p) => p.group === g.id).length]),
    );
    expect(counts).toEqual({ "service-delivery": 6, control: 2, release: 1, resolution: 2, relationship: 2 });
    for (const p of data.legacyProcesses) expect(data.legacyGroups.map((g) => g.id), p.id).toContain(p.group);
  });

  it("maps every process to existing 2018 clauses", () => {
    for (const p of data.legacyProcesses) {
      expect(p.clauses.length, p.id).toBeGreaterThan(0);
      for (const c of p.clauses) expect(catalog.clause(c), `${p.id} -> ${c}`).toBeDefined();
    }
    expect(catalog.legacyProcesses().find((p) => p.id === "change-management")?.clauses).toEqual([
      "8.5.1", "8.5.1.1", "8.5.1.2", "8.5.1.3",
    ]);
  });
});

describe("amendments", () => {
  it("records the 2024 climate action amendment against 4.1 and 4.2", () => {
    expect(catalog.amendments()).toHaveLength(1);
    const [amd] = catalog.amendments();
    expect(amd.id).toBe("ISO/IEC 20000-1:2018/Amd 1:2024");
    expect(amd.topic).toBe("climate-action");
    expect(amd.clauses).toEqual(["4.1", "4.2"]);
    for (const c of amd.clauses) expect(catalog.clause(c)).toBeDefined();
  });
});

describe("Catalog accessors", () => {
  it("returns clauses in document order and finds them by id", () => {
    expect(catalog.clauses().map((c) => c.id)).toEqual(clauseIds);
    expect(catalog.clause("8.5.1.1")?.title.en).toBe("Change management policy");
    expect(catalog.clause("8.51")).toBeUndefined();
  });

  it("lists direct children in document order", () => {
    expect(catalog.childrenOf("8.5").map((c) => c.id)).toEqual(["8.5.1", "8.5.2", "8.5.3"]);
    expect(catalog.childrenOf("8.3.4").map((c) => c.id)).toEqual(["8.3.4.1", "8.3.4.2"]);
    expect(catalog.childrenOf("10.2")).toEqual([]);
    expect(catalog.childrenOf("nope")).toEqual([]);
  });

  it("finds the top-level clause", () => {
    expect(catalog.topLevelOf("8.5.1.1")).toBe("8");
    expect(catalog.topLevelOf("10.1")).toBe("10");
    expect(catalog.topLevelOf("4")).toBe("4");
  });

  it("tells whether a clause lies within another", () => {
    expect(catalog.isWithin("8.5.1.1", "8.5")).toBe(true);
    expect(catalog.isWithin("8.5.1.1", "8")).toBe(true);
    expect(catalog.isWithin("8.5.1.1", "8.5.1.1")).toBe(true);
    expect(catalog.isWithin("8.51", "8.5")).toBe(false);
    expect(catalog.isWithin("8.5", "8.5.1")).toBe(false);
    expect(catalog.isWithin("10.1", "1")).toBe(false);
  });

  it("finds requirements by id and by clause, shallow and deep", () => {
    expect(catalog.requirement("sms-scope")?.item754).toBe("a");
    expect(catalog.requirement("nope")).toBeUndefined();
    expect(catalog.requirementsOfClause("8.7").map((r) => r.id)).toEqual([]);
    const deep = catalog.requirementsOfClause("8.7", true).map((r) => r.id);
    expect(deep).toEqual(
      data.requirements.filter((r) => r.clauses.some((c) => c === "8.7" || c.startsWith("8.7."))).map((r) => r.id),
    );
    expect(deep).toContain("availability-requirements");
    expect(deep).toContain("service-continuity-plan");
    expect(deep).toContain("information-security-incident-records");
    expect(deep).not.toContain("incident-records");
    expect(catalog.requirementsOfClause("8.6.1").map((r) => r.id)).toEqual(["incident-records", "major-incident-procedure"]);
    expect(catalog.requirementsOfClause("7.5.4").length).toBe(new Set(data.requirements.filter((r) => r.item754).map((r) => r.id)).size);
  });

  it("finds a business category by code or by number, as the same object", () => {
    const byCode = catalog.businessCategory("M");
    expect(byCode).toBeDefined();
    expect(catalog.businessCategory("04.02")).toBe(byCode);
    expect(catalog.businessCategory("Z")).toBeUndefined();
    expect(catalog.businessCategories()).toHaveLength(14);
  });

  it("exposes dossier, legacy groups and processes", () => {
    expect(catalog.dossier()).toHaveLength(8);
    expect(catalog.legacyGroups()).toHaveLength(5);
    expect(catalog.legacyProcesses()).toHaveLength(13);
  });

  it("builds the same view from any CatalogData", () => {
    const small = new Catalog({ ...data, clauses: data.clauses.slice(0, 5), requirements: data.requirements.slice(0, 4), assessmentItems: assessmentItems.slice(0, 4) });
    expect(small.clauses().map((c) => c.id)).toEqual(["4", "4.1", "4.2", "4.3", "4.4"]);
    expect(small.childrenOf("4")).toHaveLength(4);
    expect(small.requirementsOfClause("4", true).map((r) => r.id)).toEqual([
      "context-issues", "interested-party-requirements", "sms-scope", "sms-processes",
    ]);
  });
});
