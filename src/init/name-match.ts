// What a document's name says it is: the name normalised (kinds of document, inserted 管理, versions, dates), then
// matched against the catalogue's keywords and the names of the service management processes.
import type { Catalog } from "../catalog/catalog.js";
import type { Requirement } from "../catalog/types.js";

/** The kind of document a name ends with: 程序 and "procedure" say procedure, 记录 and "log" say record. */
export type NameKind = "procedure" | "policy" | "plan" | "manual" | "agreement" | "record";

/** A name's match: the requirement, the catalogue text that said so and, for a process document, the process's clauses. */
export interface NameMatch {
  requirementId: string;
  /** The keyword or process name as the catalogue writes it. */
  keyword: string;
  processes?: string[];
  weight: number;
}

/** The requirement a process document satisfies when no requirement of its own names the process. */
export const PROCESS_DOCUMENTS = "sms-processes";

/** Text in the matcher's canonical form: words space-separated (`spaced`) and without spaces (`squeezed`, for Chinese). */
interface Canonical {
  spaced: string;
  squeezed: string;
}

/** A name as the matcher reads it. */
interface NameReading {
  exact: Canonical;
  /** Without the words that names add or leave out freely: 管理, "management". */
  loose: Canonical;
  kind?: NameKind;
  /** Dated to the month or day: a record more likely than a document. */
  dated: boolean;
}

interface Phrase {
  text: string;
  /** Chinese phrases are found anywhere in the squeezed text, Latin ones as whole words. */
  pattern?: RegExp;
}

/** A keyword of a requirement, or the name of a process. */
interface Term {
  label: string;
  exact: Phrase;
  loose?: Phrase;
}

/** A term found in a name, with how specific it is there. */
type Hit<T extends Term> = T & { weight: number };

interface KeywordTerm extends Term {
  requirement: Requirement;
}

interface ProcessTerm extends Term {
  clauses: string[];
}

interface Terms {
  keywords: KeywordTerm[];
  processes: ProcessTerm[];
}

const HAN = /\p{Script=Han}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// Words written several ways for one thing, folded to one form on both sides of a match.
const LATIN_FOLDS: Record<string, string> = {
  catalogue: "catalog",
  programme: "program",
  organisation: "organization",
  organisational: "organizational",
  licence: "license",
  process: "procedure",
  processes: "procedure",
};
const CJK_FOLDS: [RegExp, string][] = [
  [/流程|制度|办法|规范|规程|细则/g, "程序"],
  [/政策|策略/g, "方针"],
  [/内审/g, "内部审核"],
  [/管评/g, "管理评审"],
  [/供应商/g, "供方"],
  [/顾客/g, "客户"],
  [/服务水平|服务等级/g, "服务级别"],
  [/信息技术/g, "it"],
];
// Process names often go without their leading "service": 可用性管理流程 for 服务可用性管理.
const SERVICE_PREFIX = /^(?:服务|service )/;

// Kind words in canonical form; the last one in a name says what the document is (服务报告流程 is a procedure).
const KIND_WORDS: Record<NameKind, string[]> = {
  procedure: ["程序", "作业指导书", "指导书", "指南", "指引", "procedure", "instruction", "guideline", "sop"],
  policy: ["方针", "policy"],
  plan: ["计划", "方案", "规划", "plan", "program", "strategy"],
  manual: ["手册", "manual", "handbook"],
  agreement: ["协议", "合同", "agreement", "contract", "sla", "ola"],
  record: ["记录", "日志", "台账", "登记", "报告", "纪要", "工单", "报表", "月报", "周报", "统计", "调查", "log", "report", "minute", "register", "record", "ticket", "export", "survey", "result", "tracker", "note", "statistic"],
};
const KIND_OF = new Map<string, NameKind>(Object.entries(KIND_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind as NameKind])));
const KIND_PATTERN = new RegExp(
  [
    ...[...KIND_OF.keys()].filter((w) => CJK.test(w)).sort((a, b) => b.length - a.length),
    `(?<![a-z0-9])(?:${[...KIND_OF.keys()].filter((w) => !CJK.test(w)).join("|")})(?![a-z0-9])`,
  ].join("|"),
  "gu",
);

// 管理 and "management" just before the kind of document: names insert or leave them out freely, 信息安全(管理)方针.
const FILLERS = new RegExp(
  `管理 ?(?=${[...KIND_OF.keys()].filter((w) => CJK.test(w)).join("|")})|(?<![a-z0-9])management (?=(?:${[...KIND_OF.keys()].filter((w) => !CJK.test(w)).join("|")})(?![a-z0-9]))`,
  "gu",
);

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
// Dates to the month or day: removed from the name, and they make it a dated record.
const MONTH_DATES: RegExp[] = [
  /(?<!\d)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?/gu,
  /(?<!\d)(?:19|20)\d{2}[-._/ ](?:0?[1-9]|1[0-2])(?:[-._/ ](?:0?[1-9]|[12]\d|3[01]))?(?!\d)/gu,
  /(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?(?!\d)/gu,
  /(?<![\p{L}\p{N}])(?:q[1-4]|h[12])(?![\p{L}\p{N}])|第?[一二三四1-4]季度|[上下]半年/gu,
  new RegExp(`(?<![a-z])(?:${MONTHS})(?![a-z])`, "gu"),
  /(?<!\d)\d{1,2}\s*月份?/gu,
];
// Years alone: plans and policies carry them as often as records do.
const YEARS: RegExp[] = [/(?<!\d)(?:19|20)\d{2}\s*(?:年度|年)?(?!\d)/gu, /(?<![\p{L}\p{N}])fy\s*\d{2,4}(?!\d)/gu];

const termCache = new WeakMap<Catalog, Terms>();

function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower case, full-width folded, punctuation as spaces; kinds of document, abbreviations and plurals folded to one form. */
function canonicalText(text: string): string {
  let folded = text.normalize("NFKC").toLowerCase();
  for (const [pattern, replacement] of CJK_FOLDS) folded = folded.replace(pattern, replacement);
  return folded
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/[a-z]+/g, (word) => LATIN_FOLDS[word] ?? LATIN_FOLDS[singular(word)] ?? singular(word))
    .trim();
}

function canonical(spaced: string): Canonical {
  return { spaced, squeezed: spaced.replace(/ /g, "") };
}

function withoutFillers(spaced: string): string {
  return spaced.replace(FILLERS, " ").replace(/ {2,}/g, " ").trim();
}

/** Specific enough to name one thing: four Chinese characters, or two words. */
function specific(spaced: string): boolean {
  const han = [...spaced].filter((c) => HAN.test(c)).length;
  return han >= 4 || (han === 0 && spaced.split(" ").length >= 2);
}

// A Chinese character says about as much as a short word, so it weighs two letters when terms compete.
function weightOf(text: string): number {
  let weight = 0;
  for (const char of text) if (char !== " ") weight += CJK.test(char) ? 2 : 1;
  return weight;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phrase(text: string): Phrase {
  return CJK.test(text) ? { text: text.replace(/ /g, "") } : { text, pattern: new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${escapeRegExp(text)}(?![\\p{Script=Latin}\\p{N}])`, "u") };
}

function occursIn(p: Phrase, text: Canonical): boolean {
  return p.pattern ? p.pattern.test(text.spaced) : text.squeezed.includes(p.text);
}

/** The exact form of `label`, and the form without fillers when that still names one thing. */
function term(label: string, spaced: string): Term | undefined {
  if (spaced === "") return undefined;
  const loose = withoutFillers(spaced);
  return { label, exact: phrase(spaced), ...(specific(loose) ? { loose: phrase(loose) } : {}) };
}

/** How specific the term is where it occurs in the name (the heavier of its two forms), or 0 when it does not occur. */
function weightIn(t: Term, reading: NameReading): number {
  const exact = occursIn(t.exact, reading.exact) ? weightOf(t.exact.text) : 0;
  const loose = t.loose && occursIn(t.loose, reading.loose) ? weightOf(t.loose.text) : 0;
  return Math.max(exact, loose);
}

/** The clauses of `clauses` that no other of them contains: 8.3.4 for 8.3.4, 8.3.4.1 and 8.3.4.2. */
export function topMostClauses(clauses: readonly string[], catalog: Catalog): string[] {
  return clauses.filter((c) => !clauses.some((other) => other !== c && catalog.isWithin(c, other)));
}

function termsOf(catalog: Catalog): Terms {
  const cached = termCache.get(catalog);
  if (cached) return cached;
  const keywords: KeywordTerm[] = [];
  for (const requirement of catalog.requirements())
    for (const keyword of [...requirement.keywords.en, ...requirement.keywords["zh-CN"]]) {
      const t = term(keyword, canonicalText(keyword));
      if (t) keywords.push({ ...t, requirement });
    }
  // A process is named by its own title and by the titles of its clauses (服务连续性管理 alone is 8.7.2); the other
  // "... management" clauses of clause 8 (asset, demand, service catalogue management) name processes too.
  const names: [string, string[]][] = [];
  const titled = (id: string): [string, string[]][] => {
    const clause = catalog.clause(id);
    return clause ? [[clause.title.en, [id]], [clause.title["zh-CN"], [id]]] : [];
  };
  for (const process of catalog.legacyProcesses()) {
    const clauses = topMostClauses(process.clauses, catalog);
    names.push([process.title.en, clauses], [process.title["zh-CN"], clauses], ...clauses.flatMap(titled));
  }
  for (const clause of catalog.clauses())
    if (catalog.topLevelOf(clause.id) === "8" && / management$/i.test(clause.title.en)) names.push(...titled(clause.id));
  const processes: ProcessTerm[] = [];
  for (const [label, ids] of names) {
    const spaced = canonicalText(label);
    const unprefixed = spaced.replace(SERVICE_PREFIX, "").trim();
    for (const form of unprefixed !== spaced && specific(unprefixed) ? [spaced, unprefixed] : [spaced]) {
      const t = term(label, form);
      if (t) processes.push({ ...t, clauses: ids });
    }
  }
  const terms = { keywords, processes };
  termCache.set(catalog, terms);
  return terms;
}

/** A name without the version labels `stripVersion` took out: dates removed, kind and dating noted. */
function readName(text: string): NameReading {
  let rest = text.normalize("NFKC").toLowerCase();
  let dated = false;
  for (const pattern of MONTH_DATES)
    rest = rest.replace(pattern, () => {
      dated = true;
      return " ";
    });
  for (const pattern of YEARS) rest = rest.replace(pattern, " ");
  const spaced = canonicalText(rest);
  let kind: NameKind | undefined;
  for (const match of spaced.matchAll(KIND_PATTERN)) kind = KIND_OF.get(match[0]);
  return { exact: canonical(spaced), loose: canonical(withoutFillers(spaced)), kind, dated };
}

function hitsIn<T extends Term>(terms: readonly T[], reading: NameReading): Hit<T>[] {
  return terms.flatMap((t) => {
    const weight = weightIn(t, reading);
    return weight > 0 ? [{ ...t, weight }] : [];
  });
}

function heaviest<T extends Term>(hits: readonly Hit<T>[]): Hit<T> | undefined {
  let best: Hit<T> | undefined;
  for (const hit of hits) if (!best || hit.weight > best.weight) best = hit;
  return best;
}

/**
 * What a name (without its version) names. Procedures, policies, plans and manuals go to document requirements, or,
 * when none names their subject, describe a process (sms-processes with the process's clauses); records go to record
 * requirements. Among candidates the most specific term wins.
 */
export function matchName(text: string, catalog: Catalog): NameMatch | undefined {
  const reading = readName(text);
  const { keywords, processes } = termsOf(catalog);
  const hits = hitsIn(keywords, reading);
  const documents = hits.filter((k) => k.requirement.kind === "document");
  const records = hits.filter((k) => k.requirement.kind === "record");
  const byKeyword = (k: Hit<KeywordTerm> | undefined): NameMatch | undefined => k && { requirementId: k.requirement.id, keyword: k.label, weight: k.weight };
  const byProcess = (): NameMatch | undefined => {
    const p = heaviest(hitsIn(processes, reading));
    return p && { requirementId: PROCESS_DOCUMENTS, keyword: p.label, processes: p.clauses, weight: p.weight };
  };
  const kind = reading.kind ?? (reading.dated ? "record" : undefined);

  if (kind === undefined) return byKeyword(heaviest(hits)) ?? byProcess();
  if (kind === "record") return byKeyword(heaviest(records) ?? heaviest(documents));
  const document = byKeyword(heaviest(documents)) ?? byProcess();
  if (document) return document;
  const record = heaviest(records);
  if (!record) return undefined;
  // Plans of records (a training plan, a release plan) are records themselves; a procedure for them describes their process.
  if (kind === "plan") return byKeyword(record);
  return { requirementId: PROCESS_DOCUMENTS, keyword: record.label, processes: topMostClauses(record.requirement.clauses, catalog), weight: record.weight };
}
