// Escaping for targets Handlebars does not know: Markdown table cells and CSV cells.

/**
 * One Markdown table cell: pipes escaped, line breaks as <br>, HTML-significant characters as entities,
 * except inside `code spans`, which show entities literally (GFM still reads \| there as a pipe).
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, index) => (index % 2 === 1 ? part.replace(/\|/g, "\\|") : escapeMarkdownText(part)))
    .join("")
    .replace(/\r\n?|\n/g, "<br>");
}

function escapeMarkdownText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|");
}

/**
 * One CSV cell (RFC 4180): always quoted, quotes doubled. Text a spreadsheet would take for a formula
 * (starting =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
export function escapeCsv(text: string): string {
  const neutral = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${neutral.replace(/"/g, '""')}"`;
}
