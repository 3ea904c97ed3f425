// Escaping for targets Handlebars does not know: Markdown table cells and CSV cells. Both first make
// the text printable (controls but tab and line breaks escaped, bidirectional controls named), since
// Markdown and CSV output often goes to a terminal.
import { printable } from "../../model/printable.js";

/**
 * One Markdown table cell: pipes escaped, line breaks as <br>, HTML-significant characters as entities,
 * except inside `code spans`, which show entities literally (GFM still reads \| there as a pipe).
 * Outside code spans nothing from the text becomes a link or an image (see escapeMarkdownText).
 */
export function escapeMarkdown(text: string): string {
  return printable(text, "layout")
    .split(/(`[^`\n]+`)/)
    .map((part, index) => (index % 2 === 1 ? part.replace(/\|/g, "\\|") : escapeMarkdownText(part)))
    .join("")
    .replace(/\r\n?|\n/g, "<br>");
}

/**
 * Text outside code spans. Brackets are escaped, so no link, image or reference forms; "://" and "www."
 * are broken by an escape, which GitHub shows as the character but which stops its autolinking of bare
 * URLs (<http://...> autolinks are already text once < is an entity).
 */
function escapeMarkdownText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[[\]]/g, "\\$&")
    .replace(/:\/\//g, "\\://")
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`);
}

/**
 * One CSV cell (RFC 4180): always quoted, quotes doubled. Text a spreadsheet would take for a formula
 * (starting =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
export function escapeCsv(text: string): string {
  const shown = printable(text, "layout");
  const neutral = /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
  return `"${neutral.replace(/"/g, '""')}"`;
}
