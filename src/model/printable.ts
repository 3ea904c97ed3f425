// User text is printed to terminals, logs and files people open: control characters (escape sequences,
// NUL, line breaks) are shown escaped, so that a file cannot recolour, move or forge output; bidirectional
// controls are shown by name, so that a file cannot make text read backwards; lone surrogates and the
// noncharacters U+FFFE and U+FFFF, which no UTF-8 or XML reader takes, become U+FFFD.
import { wordedOnDemand, type MessageParams, type Translate } from "../i18n/translate.js";

/**
 * Controls the caller lays out and so keeps: "none" for text on one line (a file name, a location);
 * "line-feeds" for a message whose wording has several lines; "layout" (tab, line feed, carriage return)
 * for a file format that holds them as text (XML, HTML, Markdown, CSV).
 */
export type KeptControls = "none" | "line-feeds" | "layout";

const CONTROLS: Record<KeptControls, RegExp> = {
  none: /[\u0000-\u001f\u007f-\u009f]/g,
  "line-feeds": /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g,
  layout: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
};
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NOT_TEXT = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/** Idempotent: what it returns holds nothing it would change, so text made printable twice reads the same. */
export function printable(text: string, kept: KeptControls = "none"): string {
  return wellFormed(text)
    .replace(CONTROLS[kept], (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(BIDI_CONTROLS, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}

/** Text every UTF-8 encoder and XML reader takes: lone surrogates and U+FFFE/U+FFFF as U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(NOT_TEXT, "\uFFFD");
}

/** Message parameters made printable on one line: a name or path inside a message cannot break it. */
export function printableParams(params: MessageParams | undefined): MessageParams | undefined {
  if (!params) return params;
  const clean = (value: MessageParams[string]): MessageParams[string] =>
    typeof value === "string" ? printable(value) : typeof value === "object" ? wordedOnDemand((lang) => printable(value[lang])) : value;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, clean(value)]));
}

/** A translator whose parameters are made printable: for commands that talk to a terminal. */
export function printableTranslate(t: Translate): Translate {
  return (key, params) => t(key, printableParams(params));
}
