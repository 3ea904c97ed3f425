// User text is printed to terminals and logs: control characters (escape sequences, NUL, line
// breaks) are shown escaped, so a file cannot recolour, move or forge output.

export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
