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

// Messages of the tool itself, then the report templates' texts.
export const MESSAGES: Record<Lang, Record<string, string>> = {
  en: { ...en, ...reportsEn, ...initEn, ...assessEn },
  "zh-CN": { ...zhCN, ...reportsZhCN, ...initZhCN, ...assessZhCN },
};

/** Returns a translator for one language; a missing key is a bug, so it throws. */
export function translator(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, params = {}) => {
    const template = messages[key] ?? MESSAGES.en[key];
    if (template === undefined) throw new Error(`missing message "${key}"`);
    return interpolate(template, params, lang);
  };
}

/** The same text in every language, built from message keys: for parameters that name things the catalogues word. */
export function localized(build: (t: Translate, lang: Lang) => string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, build(translator(lang), lang)])) as Localized;
}

/** True when a key exists, for optional texts such as remedies. */
export function hasMessage(key: string): boolean {
  return Object.hasOwn(MESSAGES.en, key);
}

function interpolate(template: string, params: MessageParams, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === "object" ? value[lang] : String(value);
  });
}
