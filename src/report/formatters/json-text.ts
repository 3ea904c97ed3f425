// JSON as the machine formats write it: indented, one trailing newline, and with bidirectional
// controls and line/paragraph separators written as \u escapes. The value read back is the same; the
// text shown by a terminal or an editor cannot be reordered by the data.

const UNSAFE_FOR_DISPLAY = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_FOR_DISPLAY, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
}
