// Checks Chinese text against the house style: the glossary, full-width punctuation, no English words in prose.
import glossary from "../../src/i18n/glossary.zh-CN.json" with { type: "json" };

export interface GlossaryEntry {
  en: string;
  zh: string;
  avoid: string[];
  note: string;
}

export const GLOSSARY = glossary as GlossaryEntry[];

const CJK = "\\u3400-\\u9fff";

/** Latin-script words that may stand in Chinese prose: the glossary's entries kept as they are in Chinese (YAML, RACI). */
export const ALLOWED_WORDS = new Set(GLOSSARY.filter((entry) => !new RegExp(`[${CJK}]`).test(entry.zh)).map((entry) => entry.zh));

/** The text with `code spans` blanked out, so that what they hold is not held to the prose rules. */
export function withoutCode(text: string): string {
  return text.replace(/`[^`]*`/g, (span) => " ".repeat(span.length));
}

/** Variants the glossary says to avoid, found in the text. */
export function avoidedTerms(text: string): string[] {
  const found: string[] = [];
  for (const entry of GLOSSARY) {
    for (const variant of entry.avoid) {
      // A variant inside the preferred term itself does not count.
      const rest = entry.zh.includes(variant) ? text.split(entry.zh).join("\u0000") : text;
      if (rest.includes(variant)) found.push(`${variant} (→ ${entry.zh})`);
    }
  }
  return found;
}

/** Half-width `, ; : ( ) ! ?` next to a Chinese character, outside code spans. */
export function halfWidthPunctuation(text: string): string[] {
  const prose = withoutCode(text);
  const pattern = new RegExp(`[${CJK}][ ]?[,;:()!?]|[,;:()!?][ ]?[${CJK}]`, "g");
  return [...prose.matchAll(pattern)].map((m) => m[0]);
}

/** Latin words of two letters or more outside code spans, {placeholders} and the allowlist. */
export function englishWords(text: string, extraAllowed: ReadonlySet<string> = new Set()): string[] {
  // A whole text that is one relative file path is a value written into YAML (application/保密声明.pdf), not prose.
  if (/^[^\s/]+(\/[^\s/]+)+\.\w+$/.test(text)) return [];
  const prose = withoutCode(text)
    .replace(/\{\w+\}/g, " ")
    // Names of the standard and its clause numbers.
    .replace(/ISO\/IEC \d+(-\d+)?(:\d{4})?/g, " ");
  const words = prose.match(/[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*/g) ?? [];
  return words.filter((word) => /[A-Za-z].*[A-Za-z]/.test(word) && !ALLOWED_WORDS.has(word) && !extraAllowed.has(word));
}

/** Every problem with one Chinese string, as short descriptions; empty when the text is fine. */
export function chineseTextProblems(text: string, options: { skipAvoid?: boolean } = {}): string[] {
  const problems: string[] = [];
  if (/\bSMS\b/.test(text)) problems.push("SMS");
  if (!options.skipAvoid) for (const term of avoidedTerms(text)) problems.push(`avoid ${term}`);
  for (const mark of halfWidthPunctuation(text)) problems.push(`half-width "${mark}"`);
  for (const word of englishWords(text)) problems.push(`English "${word}"`);
  return problems;
}

export interface ChineseString {
  /** Where it is: catalogue file and key, or data file and JSON path. */
  where: string;
  text: string;
  /** Search keywords that match file names: variants are what people call their files, so they may use avoided terms. */
  keyword: boolean;
}

/** Every zh-CN text of a message catalogue. */
export function catalogueStrings(name: string, messages: Record<string, string>): ChineseString[] {
  return Object.entries(messages).map(([key, text]) => ({ where: `${name} ${key}`, text, keyword: false }));
}

/** Every zh-CN value in a data file (catalog.json, assessment-items.json), found by walking it. */
export function dataStrings(name: string, data: unknown): ChineseString[] {
  const found: ChineseString[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const id = item && typeof item === "object" && "id" in item ? String(item.id) : item && typeof item === "object" && "code" in item ? String(item.code) : String(index);
        walk(item, `${path}[${id}]`);
      });
    } else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (key === "zh-CN") {
          const keyword = /\.keywords$/.test(path);
          if (typeof child === "string") found.push({ where: `${name} ${path}`, text: child, keyword });
          else if (Array.isArray(child)) child.forEach((text, index) => found.push({ where: `${name} ${path}[${index}]`, text: String(text), keyword }));
        } else walk(child, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(data, "");
  return found;
}
