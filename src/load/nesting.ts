// Finds nesting deeper than any SMS file needs, before a recursive parser overflows its stack on it.

/** Flow collections ([ { ) open at once, and block indentation, beyond which a file is refused by this
 * scan before the `yaml` package parses it (it takes hundreds of bytes of heap per byte of deeply
 * nested brackets). docs/security.md lists both. */
export const MAX_FLOW_DEPTH = 100;
export const MAX_BLOCK_INDENT = 400;
/** Collections open at once, block or flow, past which the reader stops and leaves the file to that
 * scan: every file nested within the limits above either reads or gets the same refusal on both paths. */
export const MAX_NESTING = 2 * MAX_FLOW_DEPTH;

/** What a scan of the structure reports: whether to go on. */
interface StructureVisitor {
  /** A line starts; `indent` counts its spaces and leading "- " markers. */
  line?(offset: number, indent: number, inQuote: boolean): boolean;
  /** A flow collection opened or closed; `depth` is the depth after it. */
  bracket?(offset: number, depth: number): boolean;
}

/** Walks brackets and line starts, ignoring quoted text and comments, until a visitor returns false. */
function scanStructure(text: string, visitor: StructureVisitor): void {
  let depth = 0;
  let quote = "";
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (j < text.length && (text[j] === " " || (text[j] === "-" && text[j + 1] === " "))) j++;
      if (visitor.line && !visitor.line(i, j - i, quote !== "")) return;
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
      if (visitor.bracket && !visitor.bracket(i, ++depth)) return;
    } else if ((c === "]" || c === "}") && depth > 0) {
      if (visitor.bracket && !visitor.bracket(i, --depth)) return;
    }
  }
}

export interface Structure {
  /** Offset where `text` nests too deeply, or -1. */
  tooDeepAt: number;
  /** True when a flow collection ([ or {) is still open at the end of a line. */
  flowSpansLines: boolean;
}

/** One pass over the text for what the parsers need to know first. Quoted text and comments do not count. */
export function inspectStructure(text: string): Structure {
  const structure: Structure = { tooDeepAt: -1, flowSpansLines: false };
  let depth = 0;
  scanStructure(text, {
    line: (offset, indent, inQuote) => {
      if (depth > 0) structure.flowSpansLines = true;
      if (indent > MAX_BLOCK_INDENT && !inQuote) structure.tooDeepAt = offset + MAX_BLOCK_INDENT;
      return structure.tooDeepAt < 0;
    },
    bracket: (offset, now) => {
      depth = now;
      if (depth > MAX_FLOW_DEPTH) structure.tooDeepAt = offset;
      return structure.tooDeepAt < 0;
    },
  });
  return structure;
}
