// The fastest path: a reader for the block-style YAML that SMS files are written in (nested
// mappings and lists, one-line scalars and flow collections, comments), one pass over the text,
// building plain data and the offset of every node. Anything else (block scalars, multi-line
// scalars, anchors, tags, tabs, errors) makes it give up, and the general parsers take the file.
// Tests hold it to the `yaml` package: whatever it returns, that package reads the same, node for node.
import { resolvePlain } from "./plain-scalar.js";
import type { Locator } from "./locator.js";
import { MAX_BLOCK_INDENT, MAX_FLOW_DEPTH } from "./nesting.js";
import { NodeKind, NodeOffsets, OffsetLocator } from "./node-offsets.js";

export interface BlockParse {
  data: Record<string, unknown>;
  locator: Locator;
}

/** Reads `text` if it is in the block subset, else returns undefined. */
export function readBlockYaml(text: string, fallback: () => Locator): BlockParse | undefined {
  if (OUTSIDE_SUBSET.test(text) || (text.includes("\r") && LONE_CR.test(text))) return undefined;
  const reader = new BlockReader(text);
  try {
    const data = reader.readDocument();
    return { data, locator: new OffsetLocator(text, reader.nodes, (offset) => reader.keyAt(offset), fallback) };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** Characters the subset leaves to the general parsers: tabs, control characters, odd line breaks. */
const OUTSIDE_SUBSET = /[\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
// Apart, and only when there is a CR at all: one alternation would slow the scan of every character.
const LONE_CR = /\r(?!\n)/;

const GIVE_UP = new Error("outside the block subset");
const MAX_KEY_LENGTH = 1000;

const SPACE = 0x20;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;
const PIPE = 0x7c;
const GREATER = 0x3e;
const PLUS = 0x2b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Characters that cannot start a plain scalar or a plain key here. */
function isIndicator(c: number): boolean {
  switch (c) {
    case DASH:
    case 0x3f /* ? */:
    case COLON:
    case COMMA:
    case OPEN_BRACKET:
    case CLOSE_BRACKET:
    case OPEN_BRACE:
    case CLOSE_BRACE:
    case HASH:
    case 0x26 /* & */:
    case 0x2a /* * */:
    case 0x21 /* ! */:
    case 0x7c /* | */:
    case 0x3e /* > */:
    case QUOTE:
    case APOSTROPHE:
    case 0x25 /* % */:
    case 0x40 /* @ */:
    case 0x60 /* ` */:
      return true;
    default:
      return false;
  }
}

const isFlowIndicator = (c: number) => c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

class BlockReader {
  readonly nodes: NodeOffsets;
  /** The current position; always on the current line. */
  private pos = 0;
  /** Where the current line starts, and where its content ends (before any CR LF). */
  private lineStart = 0;
  private lineEnd = 0;
  /** Column of the current line's first character, or -1 past the end of the text. */
  private indent = -1;
  private readonly length: number;
  private readonly recentKeys: (string | undefined)[] = new Array(256).fill(undefined);
  /** Items of the lists being read, innermost last; a finished list is sliced off at its exact size
   * (an array grown by push keeps room for 16 more, which a file's thousands of one-item lists pay for). */
  private readonly items: unknown[] = [];

  constructor(private readonly text: string) {
    this.length = text.length;
    this.nodes = new NodeOffsets(text.length >> 4);
  }

  readDocument(): Record<string, unknown> {
    this.toContentLine(0);
    if (this.indent !== 0 || !this.startsKey()) throw GIVE_UP;
    const root = this.readBlockMapping(-1);
    if (this.indent >= 0) throw GIVE_UP;
    return root;
  }

  /** The key read at `offset` (a key this reader read), for the locator. */
  keyAt(offset: number): string {
    const saved = [this.pos, this.lineStart, this.lineEnd, this.indent];
    try {
      this.lineStart = this.text.lastIndexOf("\n", offset) + 1;
      const newline = this.text.indexOf("\n", offset);
      this.lineEnd = newline < 0 ? this.length : this.text.charCodeAt(newline - 1) === RETURN ? newline - 1 : newline;
      this.pos = offset;
      return this.insideFlow(offset) ? this.readFlowKey() : this.readKey();
    } finally {
      [this.pos, this.lineStart, this.lineEnd, this.indent] = saved;
    }
  }

  // ---- lines ----

  /** Moves to the first line from `from` (a line start) with content, skipping blank and comment lines. */
  private toContentLine(from: number): void {
    const { text, length } = this;
    let at = from;
    while (at < length) {
      let i = at;
      while (i < length && text.charCodeAt(i) === SPACE) i++;
      const c = i < length ? text.charCodeAt(i) : NEWLINE;
      if (c === NEWLINE || c === RETURN || c === HASH) {
        const newline = text.indexOf("\n", i);
        at = newline < 0 ? length : newline + 1;
        continue;
      }
      const newline = text.indexOf("\n", i);
      const end = newline < 0 ? length : newline;
      if (i - at > MAX_BLOCK_INDENT) throw GIVE_UP;
      this.lineStart = at;
      this.lineEnd = text.charCodeAt(end - 1) === RETURN ? end - 1 : end;
      this.pos = i;
      this.indent = i - at;
      return;
    }
    this.lineStart = this.lineEnd = this.pos = length;
    this.indent = -1;
  }

  private nextLine(): void {
    const newline = this.text.indexOf("\n", this.lineEnd);
    this.toContentLine(newline < 0 ? this.length : newline + 1);
  }

  /** After a value: only spaces and a comment may follow on the line. */
  private endOfLine(): void {
    const { text } = this;
    while (this.pos < this.lineEnd && text.charCodeAt(this.pos) === SPACE) this.pos++;
    if (this.pos < this.lineEnd && !(text.charCodeAt(this.pos) === HASH && text.charCodeAt(this.pos - 1) === SPACE)) throw GIVE_UP;
    this.nextLine();
  }

  private skipSpaces(): void {
    while (this.pos < this.lineEnd && this.text.charCodeAt(this.pos) === SPACE) this.pos++;
  }

  private column(): number {
    return this.pos - this.lineStart;
  }

  private code(offset: number): number {
    return offset < this.lineEnd ? this.text.charCodeAt(offset) : NEWLINE;
  }

  /** True at a block sequence entry: "-" then a space or the end of the line. */
  private atDash(): boolean {
    const next = this.code(this.pos + 1);
    return this.code(this.pos) === DASH && (next === SPACE || next === NEWLINE);
  }

  // ---- block collections ----

  /** A block mapping whose first key is at the current position; its entries are all at that column. */
  private readBlockMapping(keyStart: number): Record<string, unknown> {
    const column = this.column();
    if (column > MAX_BLOCK_INDENT) throw GIVE_UP;
    const id = this.nodes.open(NodeKind.Mapping, this.pos, keyStart);
    const mapping: Record<string, unknown> = {};
    const { text } = this;
    for (;;) {
      const at = this.pos;
      // The commonest entries, a word key with a plain or simply quoted value, are read here rather than
      // through readKey and readBlockValue: fewer calls per line, so less time before V8 optimises the reader.
      const colon = this.wordKeyEnd(at);
      const key = colon > 0 ? this.plainKey(at, colon) : this.readKey();
      if (key === "__proto__" || key === "<<" || Object.hasOwn(mapping, key)) throw GIVE_UP;
      if (colon > 0) this.pos = colon + 1;
      this.skipSpaces();
      const start = this.pos;
      const c = start < this.lineEnd ? text.charCodeAt(start) : NEWLINE;
      const close = c === QUOTE ? this.plainQuoteEnd(start) : -1;
      if (close > 0) {
        // A double-quoted scalar without escapes, as readQuoted, then what endOfLine allows.
        this.nodes.leaf(NodeKind.Scalar, start, at);
        mapping[key] = text.slice(start + 1, close);
        this.pos = close + 1;
        this.endOfLine();
        if (this.indent > column) throw GIVE_UP;
      } else if (c === NEWLINE || isIndicator(c)) mapping[key] = this.readBlockValue(column, at);
      else {
        // A plain scalar: as readBlockPlain, then the rest of the line is spaces or a comment.
        let end = this.lineEnd;
        for (let i = start; i < end; i++) {
          const d = text.charCodeAt(i);
          if (d === COLON) {
            const next = i + 1 < this.lineEnd ? text.charCodeAt(i + 1) : NEWLINE;
            if (next === SPACE || next === NEWLINE) throw GIVE_UP; // "a: b: c"
          } else if (d === HASH && text.charCodeAt(i - 1) === SPACE) end = i;
        }
        this.nodes.leaf(NodeKind.Scalar, start, at);
        mapping[key] = resolvePlain(text.slice(start, trimEnd(text, start, end)));
        this.nextLine();
        if (this.indent > column) throw GIVE_UP; // a continuation line, or an error
      }
      if (this.indent < column) break;
      if (this.indent > column || this.atDash()) throw GIVE_UP;
    }
    this.nodes.close(id);
    return mapping;
  }

  /** The value after "key:" of a mapping at `column`; leaves the reader on the next content line. */
  private readBlockValue(column: number, keyStart: number): unknown {
    if (this.pos < this.lineEnd && this.text.charCodeAt(this.pos) !== HASH) return this.readInlineValue(column, keyStart);
    const empty = this.pos;
    this.nextLine();
    if (this.indent > column) return this.readBlockNode(keyStart);
    // A list may sit at its key's own indentation.
    if (this.indent === column && this.atDash()) return this.readBlockSequence(keyStart);
    return this.emptyValue(empty, keyStart);
  }

  /** A mapping or list starting a line of its own. */
  private readBlockNode(keyStart: number): unknown {
    if (this.atDash()) return this.readBlockSequence(keyStart);
    if (this.startsKey()) return this.readBlockMapping(keyStart);
    throw GIVE_UP; // a scalar on a line of its own: possibly multi-line
  }

  private readBlockSequence(keyStart: number): unknown[] {
    const column = this.column();
    if (column > MAX_BLOCK_INDENT) throw GIVE_UP;
    const id = this.nodes.open(NodeKind.Sequence, this.pos, keyStart);
    const first = this.items.length;
    for (;;) {
      this.pos++;
      this.skipSpaces();
      this.items.push(this.readItem(column));
      if (this.indent < column || (this.indent === column && !this.atDash())) break;
      if (this.indent > column) throw GIVE_UP;
    }
    this.nodes.close(id);
    return this.takeItems(first);
  }

  /** One entry of a list at `column`, the reader just past its "- ". */
  private readItem(column: number): unknown {
    if (this.pos >= this.lineEnd || this.text.charCodeAt(this.pos) === HASH) {
      const empty = this.pos;
      this.nextLine();
      return this.indent > column ? this.readBlockNode(-1) : this.emptyValue(empty, -1);
    }
    if (this.atDash()) return this.readBlockSequence(-1);
    if (this.startsKey()) return this.readBlockMapping(-1);
    return this.readInlineValue(column, -1);
  }

  private emptyValue(offset: number, keyStart: number): null {
    this.nodes.leaf(NodeKind.Scalar, offset, keyStart);
    return null;
  }

  /** A scalar or flow collection after a key or dash, alone on the rest of its line. */
  private readInlineValue(column: number, keyStart: number): unknown {
    const c = this.code(this.pos);
    let value: unknown;
    if (c === PIPE || c === GREATER) value = this.readBlockScalar(column, keyStart);
    else {
      value = this.readValue(keyStart, false, 0);
      this.endOfLine();
    }
    if (this.indent > column) throw GIVE_UP; // a continuation line, or an error
    return value;
  }

  /** A literal (|) or folded (>) scalar, with an optional chomping indicator, inside a node at `column`. */
  private readBlockScalar(column: number, keyStart: number): string {
    const { text } = this;
    this.nodes.leaf(NodeKind.Scalar, this.pos, keyStart);
    const folded = this.code(this.pos) === GREATER;
    const chomping = this.code(this.pos + 1);
    this.pos += chomping === DASH || chomping === PLUS ? 2 : 1;
    if (this.code(this.pos) !== SPACE && this.code(this.pos) !== NEWLINE) throw GIVE_UP; // an indentation indicator
    this.skipSpaces();
    if (this.pos < this.lineEnd && text.charCodeAt(this.pos) !== HASH) throw GIVE_UP;

    const lines: string[] = []; // "" for an empty line
    let indent = -1;
    let widestLeadingEmpty = 0;
    let at = this.text.indexOf("\n", this.lineEnd) + 1;
    if (at === 0) throw GIVE_UP; // no line break after the header
    while (at < this.length) {
      let i = at;
      while (i < this.length && text.charCodeAt(i) === SPACE) i++;
      const newline = text.indexOf("\n", i);
      const end = newline < 0 ? this.length : text.charCodeAt(newline - 1) === RETURN ? newline - 1 : newline;
      const spaces = i - at;
      if (i === end) {
        if (indent < 0) widestLeadingEmpty = Math.max(widestLeadingEmpty, spaces);
        else if (spaces > indent) throw GIVE_UP; // spaces that would be content
        lines.push("");
      } else {
        if (indent < 0) {
          if (spaces <= column) break;
          if (widestLeadingEmpty > spaces) throw GIVE_UP;
          indent = spaces;
        }
        if (spaces < indent) break;
        if (spaces > indent && folded) throw GIVE_UP; // more-indented lines keep their breaks
        if (newline < 0) throw GIVE_UP; // no final line break
        lines.push(text.slice(at + indent, end));
      }
      if (newline < 0) {
        at = this.length;
        break;
      }
      at = newline + 1;
    }
    this.toContentLine(at);
    return chomp(folded ? fold(lines) : lines, chomping);
  }

  // ---- keys ----

  /** True when a "key:" starts at the current position. */
  private startsKey(): boolean {
    const c = this.code(this.pos);
    if (c === QUOTE || c === APOSTROPHE) {
      const end = this.quotedEnd(this.pos);
      return end >= 0 && this.isValueIndicator(end);
    }
    return !isIndicator(c) && this.plainKeyEnd(this.pos) >= 0;
  }

  /** Reads "key:" at the current position, leaving the reader just past the colon. */
  private readKey(): string {
    const start = this.pos;
    const c = this.code(start);
    let key: string;
    if (c === QUOTE || c === APOSTROPHE) {
      key = this.readQuoted();
      if (!this.isValueIndicator(this.pos)) throw GIVE_UP;
    } else {
      const colon = isIndicator(c) ? -1 : this.plainKeyEnd(start);
      if (colon < 0) throw GIVE_UP;
      key = this.plainKey(start, trimEnd(this.text, start, colon));
      this.pos = colon;
    }
    if (this.pos - start > MAX_KEY_LENGTH) throw GIVE_UP;
    this.pos++;
    return key;
  }

  /** The plain key in [start, end): the same string as the last time this key was read, which V8
   * has already made a property name; files repeat a handful of keys thousands of times. */
  private plainKey(start: number, end: number): string {
    const slot = (this.text.charCodeAt(start) * 31 + end - start) & 255;
    const known = this.recentKeys[slot];
    if (known !== undefined && known.length === end - start && this.text.startsWith(known, start)) return known;
    const resolved = resolvePlain(this.text.slice(start, end));
    if (typeof resolved !== "string") throw GIVE_UP; // null, true, 1.0: keys the `yaml` package would convert
    this.recentKeys[slot] = resolved;
    return resolved;
  }

  /** The colon after a key of letters, digits, "_", "." and "-" (not first) that starts at `from`
   * and ends at a colon followed by a space; -1 for any other key, which readKey reads. */
  private wordKeyEnd(from: number): number {
    const { text } = this;
    const end = Math.min(this.lineEnd, from + MAX_KEY_LENGTH);
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f) continue;
      if ((c === DASH || c === 0x2e) && i > from) continue;
      return c === COLON && i > from && i + 1 < this.lineEnd && text.charCodeAt(i + 1) === SPACE ? i : -1;
    }
    return -1;
  }

  /** The closing quote of a double-quoted scalar at `start` with no escapes, on this line; else -1. */
  private plainQuoteEnd(start: number): number {
    const { text } = this;
    for (let i = start + 1; i < this.lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) return i;
      if (c === BACKSLASH) return -1;
    }
    return -1;
  }

  /** The offset of the colon ending a plain key that starts at `from`, or -1 if the line has none. */
  private plainKeyEnd(from: number): number {
    const { text } = this;
    for (let i = from; i < this.lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        if (this.isValueIndicator(i)) return i;
      } else if (c === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  /** A colon at `offset` followed by a space or the end of the line. */
  private isValueIndicator(offset: number): boolean {
    const next = this.code(offset + 1);
    return this.code(offset) === COLON && (next === SPACE || next === NEWLINE);
  }

  // ---- scalars and flow collections ----

  /** A scalar, or a flow collection; `inFlow` inside [ ] or { }. */
  private readValue(keyStart: number, inFlow: boolean, depth: number): unknown {
    const start = this.pos;
    const c = this.code(start);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (depth >= MAX_FLOW_DEPTH) throw GIVE_UP;
      return c === OPEN_BRACKET ? this.readFlowSequence(keyStart, depth + 1) : this.readFlowMapping(keyStart, depth + 1);
    }
    this.nodes.leaf(NodeKind.Scalar, start, keyStart);
    if (c === QUOTE || c === APOSTROPHE) return this.readQuoted();
    if (isIndicator(c)) {
      // "-1", ":x" and "?x" are plain scalars; the indicators alone are not.
      const next = this.code(start + 1);
      if (!(c === DASH || c === COLON || c === 0x3f) || next === SPACE || next === NEWLINE || (inFlow && isFlowIndicator(next))) throw GIVE_UP;
    }
    return resolvePlain(inFlow ? this.readFlowPlain() : this.readBlockPlain());
  }

  /** A plain scalar to the end of the line or a comment. */
  private readBlockPlain(): string {
    const { text } = this;
    const start = this.pos;
    let end = this.lineEnd;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        if (this.isValueIndicator(i)) throw GIVE_UP; // "a: b: c"
      } else if (c === HASH && text.charCodeAt(i - 1) === SPACE) end = i;
    }
    this.pos = end;
    return text.slice(start, trimEnd(text, start, end));
  }

  /** A plain scalar inside a flow collection: up to , [ ] { } or a comment. Colons are left to the general parsers. */
  private readFlowPlain(): string {
    const { text } = this;
    const start = this.pos;
    let i = start;
    for (; i < this.lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (isFlowIndicator(c)) break;
      if (c === COLON || (c === HASH && text.charCodeAt(i - 1) === SPACE)) throw GIVE_UP;
    }
    this.pos = i;
    const end = trimEnd(text, start, i);
    if (end === start) throw GIVE_UP;
    return text.slice(start, end);
  }

  private readFlowSequence(keyStart: number, depth: number): unknown[] {
    const id = this.nodes.open(NodeKind.Sequence, this.pos, keyStart);
    const first = this.items.length;
    this.pos++;
    this.skipSpaces();
    if (this.code(this.pos) !== CLOSE_BRACKET)
      for (;;) {
        this.items.push(this.readValue(-1, true, depth));
        if (this.flowSeparator(CLOSE_BRACKET)) break;
      }
    this.pos++;
    this.nodes.close(id);
    return this.takeItems(first);
  }

  /** The items from `first` on, as a list of their own. */
  private takeItems(first: number): unknown[] {
    const sequence = this.items.slice(first);
    this.items.length = first;
    return sequence;
  }

  private readFlowMapping(keyStart: number, depth: number): Record<string, unknown> {
    const id = this.nodes.open(NodeKind.Mapping, this.pos, keyStart);
    const mapping: Record<string, unknown> = {};
    this.pos++;
    this.skipSpaces();
    if (this.code(this.pos) !== CLOSE_BRACE)
      for (;;) {
        const at = this.pos;
        const key = this.readFlowKey();
        if (key === "__proto__" || key === "<<" || Object.hasOwn(mapping, key)) throw GIVE_UP;
        this.skipSpaces();
        mapping[key] = this.readValue(at, true, depth);
        if (this.flowSeparator(CLOSE_BRACE)) break;
      }
    this.pos++;
    this.nodes.close(id);
    return mapping;
  }

  /** After an entry: true at the closing bracket, false past a comma followed by another entry. */
  private flowSeparator(close: number): boolean {
    this.skipSpaces();
    const c = this.code(this.pos);
    if (c === close) return true;
    if (c !== COMMA) throw GIVE_UP;
    this.pos++;
    this.skipSpaces();
    if (this.code(this.pos) === close) throw GIVE_UP; // a trailing comma
    return false;
  }

  /** "key:" inside { }, leaving the reader past the colon. */
  private readFlowKey(): string {
    const start = this.pos;
    const c = this.code(start);
    let key: string;
    if (c === QUOTE || c === APOSTROPHE) key = this.readQuoted();
    else {
      if (isIndicator(c)) throw GIVE_UP;
      let i = start;
      while (i < this.lineEnd && !this.isValueIndicator(i)) {
        const d = this.text.charCodeAt(i);
        if (isFlowIndicator(d) || d === COLON || d === HASH) throw GIVE_UP;
        i++;
      }
      const resolved = resolvePlain(this.text.slice(start, trimEnd(this.text, start, i)));
      if (typeof resolved !== "string") throw GIVE_UP;
      key = resolved;
      this.pos = i;
    }
    if (!this.isValueIndicator(this.pos) || this.pos - start > MAX_KEY_LENGTH) throw GIVE_UP;
    this.pos++;
    this.skipSpaces();
    return key;
  }

  /** Whether `offset` is inside brackets on its line (for re-reading keys). */
  private insideFlow(offset: number): boolean {
    let depth = 0;
    let quote = 0;
    for (let i = this.lineStart; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
        else if (c === BACKSLASH && quote === QUOTE) i++;
      } else if (c === QUOTE || c === APOSTROPHE) quote = c;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
    }
    return depth > 0;
  }

  /** The offset just past the closing quote of the quoted scalar at `start`, or -1 if it does not close on the line. */
  private quotedEnd(start: number): number {
    const { text } = this;
    const quote = text.charCodeAt(start);
    for (let i = start + 1; i < this.lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH && quote === QUOTE) i++;
      else if (c === quote) {
        if (quote === APOSTROPHE && this.code(i + 1) === APOSTROPHE) i++;
        else return i + 1;
      }
    }
    return -1;
  }

  private readQuoted(): string {
    const start = this.pos;
    const end = this.quotedEnd(start);
    if (end < 0) throw GIVE_UP; // multi-line, or unclosed
    this.pos = end;
    const body = this.text.slice(start + 1, end - 1);
    if (this.text.charCodeAt(start) === APOSTROPHE) return body.includes("'") ? body.replaceAll("''", "'") : body;
    return body.includes("\\") ? unescapeDoubleQuoted(body) : body;
  }
}

/** The lines of a folded scalar with each run of text lines joined by spaces; empty lines stay line breaks. */
function fold(lines: string[]): string[] {
  const out: string[] = [];
  let empty = 0;
  for (const line of lines) {
    if (line === "") empty++;
    else {
      if (out.length > 0 && empty === 0) out[out.length - 1] += ` ${line}`;
      else out.push(...Array<string>(out.length > 0 ? empty - 1 : empty).fill(""), line);
      empty = 0;
    }
  }
  out.push(...Array<string>(empty).fill(""));
  return out;
}

/** Joins the lines of a block scalar and applies its chomping: strip (-), clip (default), keep (+). */
function chomp(lines: string[], indicator: number): string {
  let last = lines.length - 1;
  while (last >= 0 && lines[last] === "") last--;
  if (last < 0) {
    if (indicator === PLUS && lines.length > 0) throw GIVE_UP;
    return "";
  }
  const body = lines.slice(0, last + 1).join("\n");
  if (indicator === DASH) return body;
  return indicator === PLUS ? body + "\n".repeat(lines.length - last) : `${body}\n`;
}

function unescapeDoubleQuoted(body: string): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const escape = body[++i];
    const simple = DOUBLE_QUOTED_ESCAPES[escape];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const digits = HEX_DIGITS[escape];
    const hex = digits === undefined ? "" : body.slice(i + 1, i + 1 + digits);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw GIVE_UP;
    const code = parseInt(hex, 16);
    if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) throw GIVE_UP;
    out += String.fromCodePoint(code);
    i += digits;
  }
  return out;
}

/** `end` moved back over trailing spaces, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
  return end;
}
