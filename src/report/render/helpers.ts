// The Handlebars helpers every template may use, registered in one place (documented in the README).
// They return plain text; Handlebars escapes it for the target like any {{value}}.
import type { HelperOptions } from "handlebars";
import type Handlebars from "handlebars";
import type { Lang } from "../../catalog/types.js";
import { translator, type MessageParams } from "../../i18n/translate.js";
import type { OutputTarget } from "./targets.js";

const DATE_FORMAT: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  "zh-CN": new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
};

/** "2026-11-21" as "21 Nov 2026" or "2026年11月21日"; empty stays a dash. */
export function formatDate(day: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day === "" ? "—" : day;
  return DATE_FORMAT[lang].format(new Date(`${day}T00:00:00Z`));
}

/** 0..1 as a whole percentage, rounded down so that 100% means complete; null as a dash. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${Math.floor(ratio * 100 + 1e-9)}%`;
}

export function registerHelpers(handlebars: typeof Handlebars, lang: Lang, target: OutputTarget): void {
  const t = translator(lang);
  handlebars.registerHelper({
    /** {{t "key" name=value}}: a localised text. */
    t: (key: string, options: HelperOptions) => t(key, options.hash as MessageParams),
    date: (day: string) => formatDate(day ?? "", lang),
    percent: (ratio: number | null) => formatPercent(ratio),
    /** {{grade severity category}}: a badge in HTML, the localised word elsewhere; prerequisites and invalid input by their kind, not a grade. */
    grade: (severity: string, category: unknown) => {
      const kind = typeof category === "string" && category !== "nonconformity" ? category : undefined;
      const word = kind === undefined ? t(`grade.${severity}`) : t(`format.category.${kind}`);
      if (target.name !== "html") return word;
      const css = handlebars.escapeExpression(kind ?? severity);
      return new handlebars.SafeString(`<span class="badge badge-${css}">${handlebars.escapeExpression(word)}</span>`);
    },
    /** {{bar ratio 200}}: the width of a bar of at most `max` units for a ratio. */
    bar: (ratio: number | null, max: number) => Math.round((ratio ?? 0) * max),
    eq: (a: unknown, b: unknown) => a === b,
    gt: (a: number, b: number) => a > b,
    inc: (n: number) => n + 1,
    join: (list: unknown[], separator: string) => list.map(String).join(typeof separator === "string" ? separator : ", "),
  });
}
