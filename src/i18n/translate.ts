// Looks up user-facing text by key in the message catalogues.
import assessEn from "./assess.en.json" with { type: "json" };
import assessZhCN from "./assess.zh-CN.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import initEn from "./init.en.json" with { type: "json" };
import initZhCN from "./init.zh-CN.json" with { type: "json" };
import reportsEn from "./reports.en.json" with { type: "json" };
import reportsZhCN from "./reports.zh-CN.json" with { type: "json" };
import zhCN from "./zh-CN.json" with { type: "json" };
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

// Messages of the tool itself, then the report templates' texts.
export const MESSAGES: Record<Lang, ReadonlyMap<string, string>> = {
  en: catalogue(en, reportsEn, initEn, assessEn),
  "zh-CN": catalogue(zhCN, reportsZhCN, initZhCN, assessZhCN),
};

/** Returns a translator for one language; a missing key is a bug, so it throws. */
export function translator(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, params = {}) => {
    const template = messages.get(key) ?? MESSAGES.en.get(key);
    if (template === undefined) throw new Error(`missing message "${key}"`);
    return interpolate(template, params, lang);
  };
}

/** The same text in every language, built from message keys: for parameters that name things the catalogues word. */
export function localized(build: (t: Translate, lang: Lang) => string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, build(translator(lang), lang)])) as Localized;
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
  return MESSAGES.en.has(key);
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
  return counted.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === "object" ? value[lang] : String(value);
  });
}
