// The Handlebars helpers every template may use, registered in one place (documented in the README).
// They return plain text; Handlebars escapes it for the target like any {{value}}.
import type { HelperOptions } from "handlebars";
import type Handlebars from "handlebars";
import type { Lang } from "../../catalog/types.js";
import { translator, type MessageParams } from "../../i18n/translate.js";
import type { OutputTarget } from "./targets.js";

/** Short month names as en-GB writes them (Intl's first use costs ~40 ms of start-up, and its words vary with the ICU of the Node build). */
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

/** "2026-11-21" as "21 Nov 2026" or "2026年11月21日"; empty stays a dash. */
export function formatDate(day: string, lang: Lang): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!parts) return day === "" ? "—" : day;
  const [year, month, date] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || date < 1 || date > 31) return day;
  return lang === "en" ? `${date} ${MONTHS_EN[month - 1]} ${year}` : `${year}年${month}月${date}日`;
}

/** 0..1 as a whole percentage, rounded down so that 100% means complete; null as a dash. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${Math.floor(ratio * 100 + 1e-9)}%`;
}

/** A CSS string literal that no text can break out of: anything but letters, digits and spaces as a hex escape. */
export function cssString(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9 ]/gu, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}"`;
}

/** "Page {page} of {pages}" as `"Page " counter(page) " of " counter(pages)`: a translation decides the order. */
export function cssCounters(text: string): string {
  return text
    .split(/(\{pages?\})/)
    .filter((part) => part !== "")
    .map((part) => (part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : cssString(part)))
    .join(" ");
}

/** A CSV cell Excel reads as the text "1.0" rather than the number 1: a formula that yields the text. */
function csvText(digits: string): string {
  return `"=""${digits}"""`;
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
    /** {{css text}}: a quoted CSS string, every character outside a safe few escaped, for the printed page's running header. */
    css: (text: unknown) => new handlebars.SafeString(cssString(typeof text === "string" ? text : "")),
    /** {{cssCounters "Page {page} of {pages}"}}: the text as CSS content, its placeholders as the page counters. */
    cssCounters: (text: unknown) => new handlebars.SafeString(cssCounters(typeof text === "string" ? text : "")),
    eq: (a: unknown, b: unknown) => a === b,
    gt: (a: number, b: number) => a > b,
    inc: (n: number) => n + 1,
    /** {{text value}}: in CSV, a number-like value Excel keeps as text; elsewhere the value as it is. */
    text: (value: unknown) => {
      const text = typeof value === "string" ? value : "";
      return target.name === "csv" && /^[0-9][0-9.]*$/.test(text) ? new handlebars.SafeString(csvText(text)) : text;
    },
    /** {{lines list}}: the items one per line, as one value (one CSV cell, one table cell). */
    lines: (list: unknown[]) => (Array.isArray(list) ? list.map(String).join("\n") : ""),
    join: (list: unknown[], separator: string) => list.map(String).join(typeof separator === "string" ? separator : ", "),
  });
}
