// Escaping for targets Handlebars does not know: Markdown table cells and CSV cells.

/** One Markdown table cell: pipes escaped, line breaks as <br>, HTML-significant characters as entities. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, "<br>");
}

/**
 * One CSV cell (RFC 4180): always quoted, quotes doubled. A cell that a spreadsheet would take for a
 * formula (starting =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
export function escapeCsv(text: string): string {
  const neutral = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${neutral.replace(/"/g, '""')}"`;
}

/** A copy of `value` with every string passed through `escape`; numbers, booleans and null stay. */
export function escapeStrings<T>(value: T, escape: (text: string) => string): T {
  if (typeof value === "string") return escape(value) as T;
  if (Array.isArray(value)) return value.map((item) => escapeStrings(item, escape)) as T;
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = escapeStrings(item, escape);
    return copy as T;
  }
  return value;
}
