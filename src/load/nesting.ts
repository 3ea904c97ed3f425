// Finds nesting deeper than any SMS file needs, before a recursive parser overflows its stack on it.

/** Flow collections ([ { ) open at once, and block indentation, beyond which a file is refused by this
 * scan before the `yaml` package parses it (it takes hundreds of bytes of heap per byte of deeply
 * nested brackets). docs/security.md lists both. */
export const MAX_FLOW_DEPTH = 100;
export const MAX_BLOCK_INDENT = 400;
/** Collections open at once, block or flow, past which the reader stops and leaves the file to that
 * scan: every file nested within the limits above either reads or gets the same refusal on both paths. */
export const MAX_NESTING = 2 * MAX_FLOW_DEPTH;

/** Where `text` nests deeper than the limits above, or -1: one pass over brackets and line starts,
 * in which quoted text and comments do not count. */
export function tooDeepAt(text: string): number {
  let depth = 0;
  let quote = "";
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (lineStart) {
      lineStart = false;
      // A line's indentation counts its spaces and the "- " markers among them.
      let j = i;
      while (j < text.length && (text[j] === " " || (text[j] === "-" && text[j + 1] === " "))) j++;
      if (j - i > MAX_BLOCK_INDENT && quote === "") return i + MAX_BLOCK_INDENT;
    }
    if (c === "\n") {
      lineStart = true;
      continue;
    }
    if (quote) {
      if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = "";
      } else if (c === "\\" && quote === '"') i++;
      continue;
    }
    if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1])))) quote = c;
    else if (c === "[" || c === "{") {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return -1;
}
