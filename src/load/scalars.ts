// The value of each kind of YAML scalar, as the `yaml` package reads it with the YAML 1.2 core
// schema: plain text resolved to null, booleans and numbers; quoted text unescaped and folded; block
// scalars (| and >) folded and chomped. Each reader returns undefined for what it does not read exactly
// as that package does, and the file goes to the package (explain-yaml.ts).

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

/** The value of a plain (unquoted) scalar: null, a boolean, a number, or the text itself. */
export function resolvePlain(text: string): unknown {
  // Only these first characters can begin anything but text: most values skip the patterns.
  const first = text.charCodeAt(0);
  if (first === 0x7e /* ~ */ || first === 0x6e /* n */ || first === 0x4e /* N */) return NULL.test(text) ? null : text;
  if (first === 0x74 /* t */ || first === 0x54 /* T */ || first === 0x66 /* f */ || first === 0x46 /* F */) return BOOL.test(text) ? first === 0x74 || first === 0x54 : text;
  if (!((first >= 0x30 && first <= 0x39) || first === 0x2e /* . */ || first === 0x2b /* + */ || first === 0x2d) /* - */) return text === "" ? null : text;
  if (INT.test(text)) return text.startsWith("0o") ? parseInt(text.slice(2), 8) : text.startsWith("0x") ? parseInt(text.slice(2), 16) : Number(text);
  if (FLOAT.test(text)) return /nan/i.test(text) ? NaN : /inf/i.test(text) ? (text.startsWith("-") ? -Infinity : Infinity) : Number(text);
  return text;
}

/** The value of text under an explicit core tag (`!!str 1`, `!!int "2"`), or undefined for a tag or text it does not take. */
export function resolveTagged(tag: string, text: string): unknown {
  if (tag === "!!str") return text;
  if (tag === "!!null") return NULL.test(text) ? null : undefined;
  if (tag === "!!bool") return BOOL.test(text) ? text[0] === "t" || text[0] === "T" : undefined;
  const value = resolvePlain(text);
  return (tag === "!!int" || tag === "!!float") && typeof value === "number" ? value : undefined;
}

/** What each escape in double quotes (\n, \t ...) stands for; \x, \u and \U take hex digits. */
const ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Where readQuoted says a quoted scalar ends: one holder a reader, not an object a scalar (every key
 * and value of a JSON file is quoted, and those objects grew the young generation by 4 MB in 10,000
 * documents). */
export interface QuotedEnd {
  at: number;
}

/** A quoted scalar from its opening quote at `start`: its value, with the offset after its closing
 * quote written to `end.at`. Line breaks fold as YAML folds them; each further line with text must
 * be indented past `indent`, and no line may be a document marker. */
export function readQuoted(text: string, start: number, indent: number, end: QuotedEnd): string | undefined {
  const quote = text.charCodeAt(start);
  let value = "";
  let from = start + 1;
  for (let at = from; at < text.length; ) {
    const c = text.charCodeAt(at);
    if (c === quote) {
      if (quote === 0x27 && text.charCodeAt(at + 1) === 0x27) {
        value += text.slice(from, at + 1);
        from = at += 2;
        continue;
      }
      end.at = at + 1;
      return value + text.slice(from, at);
    }
    if (c === 0x5c /* \ */ && quote === 0x22) {
      value += text.slice(from, at);
      const escape = text[at + 1];
      if (escape === "\n" || escape === "\r") {
        // An escaped line break joins the lines without a space.
        const next = nextLine(text, at + 1, indent);
        if (next < 0) return undefined;
        from = at = skipBlanks(text, next);
        continue;
      }
      const digits = HEX_DIGITS[escape];
      if (digits !== undefined) {
        const hex = text.slice(at + 2, at + 2 + digits);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return undefined;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) return undefined;
        value += String.fromCodePoint(code);
        from = at += 2 + digits;
        continue;
      }
      const escaped = ESCAPES[escape];
      if (escaped === undefined) return undefined;
      value += escaped;
      from = at += 2;
      continue;
    }
    if (c === 0x0a || c === 0x0d) {
      // A line break: spaces around it go; one break is a space, each further (empty) line a break.
      let end = at;
      while (end > from && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
      value += text.slice(from, end);
      let breaks = 0;
      let next = at;
      for (;;) {
        next = nextLine(text, next, indent);
        if (next < 0) return undefined;
        next = skipBlanks(text, next);
        const d = text.charCodeAt(next);
        if (d !== 0x0a && d !== 0x0d) break;
        breaks++;
      }
      value += breaks === 0 ? " " : "\n".repeat(breaks);
      from = at = next;
      continue;
    }
    at++;
  }
  return undefined;
}

/** The start of the line after the break at `at`, or -1 when that line is a document marker or its
 * text is not indented past `indent` (an empty line may be). */
function nextLine(text: string, at: number, indent: number): number {
  if (text.charCodeAt(at) === 0x0d) at++;
  if (text.charCodeAt(at) !== 0x0a) return -1;
  const line = at + 1;
  if (isDocumentMarker(text, line)) return -1;
  let spaces = line;
  while (text.charCodeAt(spaces) === 0x20) spaces++;
  const c = text.charCodeAt(spaces);
  if (spaces - line <= indent && c !== 0x0a && c !== 0x0d && spaces < text.length) return -1;
  return line;
}

/** Past the spaces and tabs from `at`, inside a line. */
export function skipBlanks(text: string, at: number): number {
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  return at;
}

/** `---` or `...` at the start of a line, followed by a space, a line break or the end. */
export function isDocumentMarker(text: string, line: number): boolean {
  const c = text.charCodeAt(line);
  if ((c !== 0x2d && c !== 0x2e) || text.charCodeAt(line + 1) !== c || text.charCodeAt(line + 2) !== c) return false;
  const after = text.charCodeAt(line + 3);
  return line + 3 >= text.length || after === 0x20 || after === 0x0a || after === 0x0d || after === 0x09;
}

/** A block scalar from its header (`|`, `>-`, `|2` ...) at `start`, inside a collection at column
 * `indent`: its value and where the line after it starts. */
export function readBlockScalar(text: string, start: number, indent: number): { value: string; end: number } | undefined {
  const folded = text.charCodeAt(start) === 0x3e;
  let at = start + 1;
  let chomp = "";
  let explicit = 0;
  for (let i = 0; i < 2; i++) {
    const c = text[at];
    if ((c === "-" || c === "+") && chomp === "") chomp = c;
    else if (c >= "1" && c <= "9" && explicit === 0) explicit = Number(c);
    else break;
    at++;
  }
  // The rest of the header line: spaces, then a comment or nothing.
  const headerEnd = lineEnd(text, at);
  const rest = text.slice(at, headerEnd);
  if (rest !== "" && !/^ +(?:#.*)?$/.test(rest)) return undefined;
  const lines: string[] = [];
  let contentIndent = explicit > 0 ? Math.max(indent, 0) + explicit : -1;
  let leadingBlank = 0;
  let line = nextLineStart(text, headerEnd);
  for (; line < text.length; line = nextLineStart(text, lineEnd(text, line))) {
    let spaces = line;
    while (text.charCodeAt(spaces) === 0x20) spaces++;
    const end = lineEnd(text, line);
    const blank = spaces === end;
    if (contentIndent < 0) {
      if (blank) {
        leadingBlank = Math.max(leadingBlank, spaces - line);
        lines.push("");
        continue;
      }
      if (spaces - line <= indent) break;
      if (leadingBlank > spaces - line) return undefined; // an empty line indented past the text: an error
      contentIndent = spaces - line;
    }
    if (blank) {
      if (spaces - line > contentIndent) return undefined; // spaces past the indentation: left to the package
      lines.push("");
      continue;
    }
    if (spaces - line < contentIndent) break;
    if (text.charCodeAt(spaces) === 0x09) return undefined;
    if (spaces - line === 0 && isDocumentMarker(text, line)) break;
    lines.push(text.slice(line + contentIndent, end));
  }
  // Trailing empty lines are chomped apart from the text.
  let last = lines.length;
  while (last > 0 && lines[last - 1] === "") last--;
  const trailing = lines.length - last;
  const body = lines.slice(0, last);
  let value = folded ? fold(body) : body.join("\n");
  if (body.length > 0 && chomp !== "-") value += "\n";
  if (chomp === "+") value += "\n".repeat(trailing);
  return { value, end: line };
}

/** Folded text: a single break between lines of text is a space; empty lines are breaks; lines
 * indented further keep their breaks. */
function fold(lines: string[]): string {
  let value = "";
  let blanks = 0;
  let previous: string | undefined;
  for (const line of lines) {
    if (line === "") {
      blanks++;
      continue;
    }
    if (previous === undefined) value += "\n".repeat(blanks);
    else {
      const spaced = (l: string) => l.charCodeAt(0) === 0x20 || l.charCodeAt(0) === 0x09;
      value += !spaced(previous) && !spaced(line) ? (blanks === 0 ? " " : "\n".repeat(blanks)) : "\n".repeat(blanks + 1);
    }
    value += line;
    previous = line;
    blanks = 0;
  }
  return value;
}

/** Where the line of `at` ends (before its line break). */
export function lineEnd(text: string, at: number): number {
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  return end > at && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
}

/** The start of the line after the line end `end`. */
function nextLineStart(text: string, end: number): number {
  if (text.charCodeAt(end) === 0x0d) end++;
  return end + 1;
}
