// Looks up user-facing text by key in the message catalogues.
import assessEn from "./assess.en.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import initEn from "./init.en.json" with { type: "json" };
import reportsEn from "./reports.en.json" with { type: "json" };
import { readDataFile } from "../catalog/data-file.js";
import { LANGS, type Lang, type Localized } from "../catalog/types.js";

/** A parameter is plain, or given in every language (a catalogue title) and picked when the message is worded. */
export type MessageParams = Record<string, string | number | Localized>;
export type Translate = (key: string, params?: MessageParams) => string;

/** Maps, not objects: spreading a thousand keys into an object literal cost ~20 ms of every start-up.
 * Filled key by key: Object.entries would first make an array for each message (5 times as slow). */
function catalogue(...parts: Record<string, string>[]): ReadonlyMap<string, string> {
  const messages = new Map<string, string>();
  for (const part of parts) for (const key in part) messages.set(key, part[key]);
  return messages;
}

// Messages of the tool itself, then the report templates' texts. English is every run's fallback;
// another language is read when a text in it is first worded, which an English run never does.
const english = catalogue(en, reportsEn, initEn, assessEn);
const READ_ON_DEMAND: Record<Exclude<Lang, "en">, () => Record<string, string>[]> = {
  "zh-CN": () =>
    [
      new URL("./zh-CN.json", import.meta.url),
      new URL("./reports.zh-CN.json", import.meta.url),
      new URL("./init.zh-CN.json", import.meta.url),
      new URL("./assess.zh-CN.json", import.meta.url),
    ].map((file) => readDataFile<Record<string, string>>(file)),
};
const read = new Map<Lang, ReadonlyMap<string, string>>([["en", english]]);

/** One language's messages. */
export function messagesIn(lang: Lang): ReadonlyMap<string, string> {
  let messages = read.get(lang);
  if (!messages) read.set(lang, (messages = catalogue(...READ_ON_DEMAND[lang as Exclude<Lang, "en">]())));
  return messages;
}

/** Returns a translator for one language; a missing key is a bug, so it throws. */
export function translator(lang: Lang): Translate {
  const messages = messagesIn(lang);
  return (key, params = {}) => {
    const template = messages.get(key) ?? english.get(key);
    if (template === undefined) throw new Error(`missing message "${key}"`);
    return interpolate(template, params, lang);
  };
}

/** The same text in every language, built from message keys: for parameters that name things the catalogues word. */
export function localized(build: (t: Translate, lang: Lang) => string): Localized {
  return wordedOnDemand((lang) => build(translator(lang), lang));
}

/** A text in every language, each worded when first read: a finding's parameters are built in every
 * language, and only the report's language, or a JSON report, reads them. */
export function wordedOnDemand(word: (lang: Lang) => string): Localized {
  const texts = {} as Localized;
  for (const lang of LANGS) {
    let text: string | undefined;
    Object.defineProperty(texts, lang, { enumerable: true, get: () => (text ??= word(lang)) });
  }
  return texts;
}

/**
 * Rules named in a message, each once: by id in English (the id is what waivers and `explain` take),
 * by title in other languages, so that no English id stands in a Chinese sentence.
 */
export function ruleNames(ruleIds: readonly string[]): Localized {
  const ids = [...new Set(ruleIds)];
  return localized((t, lang) =>
    ids.map((id) => (lang === "en" || !hasMessage(`rule.${id}.title`) ? id : t(`rule.${id}.title`))).join(lang === "en" ? ", " : t("list.separator")),
  );
}

/** Names a person types (formats, allowed values) as a list: as they are in English, each in a code
 * span in Chinese, where the glossary keeps code out of the prose. */
export function codeList(names: readonly string[]): Localized {
  return localized((t, lang) => (lang === "en" ? names.join(", ") : names.map((name) => `\`${name}\``).join(t("list.separator"))));
}

/** True when a key exists, for optional texts such as remedies. */
export function hasMessage(key: string): boolean {
  return english.has(key);
}

// "{count, plural, one {# finding} other {# findings}}": the ICU plural form, branches without braces.
// English is the only language with a singular here, and its "one" is exactly 1.
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

function interpolate(template: string, params: MessageParams, lang: Lang): string {
  const counted = template.includes(", plural, ")
    ? template.replace(PLURAL, (whole, name: string, one: string, other: string) => {
        const value = params[name];
        if (typeof value !== "number") return whole;
        return (value === 1 ? one : other).replaceAll("#", String(value));
      })
    : template;
  return counted.replace(/( ?)\{(\w+)\}( ?)/g, (whole, before: string, name: string, after: string, offset: number) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    const text = typeof value === "object" ? value[lang] : String(value);
    if (lang === "en") return before + text + after;
    // Chinese sets code and Latin text off with a space, but never Chinese from Chinese: a space the
    // template puts beside a parameter goes when Chinese meets Chinese across it (顶层缺少, not 顶层 缺少).
    const spaceBefore = before !== "" && !(CHINESE.test(counted[offset - 1] ?? "") && CHINESE.test(text[0] ?? ""));
    const spaceAfter = after !== "" && !(CHINESE.test(text[text.length - 1] ?? "") && CHINESE.test(counted[offset + whole.length] ?? ""));
    return (spaceBefore ? " " : "") + text + (spaceAfter ? " " : "");
  });
}

/** A Chinese character or full-width punctuation. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
