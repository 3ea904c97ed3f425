// Reads a valid YAML file in one pass: its data, and a NodeIndex of where each node is written. It
// reads the YAML that people and tools write (block and flow collections, every kind of scalar,
// comments, CRLF, document markers, anchors, aliases and merge keys) and refuses anything else, and
// any error, leaving the file to the `yaml` package (explain-yaml.ts), which says exactly what is
// wrong. Tests hold it to that package: whatever it reads, the package reads alike, node for node.
import { IndexLocator } from "./index-locator.js";
import type { Locator } from "./locator.js";
import { MAX_NESTING } from "./nesting.js";
import { Kind, NodeIndex, type ExpansionLimits } from "./node-index.js";
import { isDocumentMarker, lineEnd, readBlockScalar, readQuoted, resolvePlain, resolveTagged, skipBlanks, type QuotedEnd } from "./scalars.js";

export interface ValidYaml {
  data: unknown;
  locator: Locator;
  /** Where the top-level node starts. */
  rootAt: number;
}

/** The reason given for a key written twice in a mapping, which parse-yaml.ts reports as such. */
export const DUPLICATE_KEY = "duplicated mapping key";

/** Why the reader left a file to the `yaml` package, and where. */
export interface RefusedYaml {
  reason: string;
  offset: number;
}

/** The data and locator of `text`, or why it is left to the `yaml` package. Throws ExpansionLimitReached. */
export function readValidYaml(text: string, limits: ExpansionLimits): ValidYaml | RefusedYaml {
  const odd = ODD_CHARACTER.exec(text);
  if (odd) return { reason: "a control character or line separator", offset: odd.index };
  const reader = new Reader(text, limits);
  let data: unknown;
  try {
    data = reader.document();
  } catch (error) {
    if (error instanceof Refusal) return { reason: error.message, offset: error.offset };
    throw error;
  }
  const { index } = reader;
  return { data, locator: new IndexLocator(index), rootAt: index.count > 0 ? index.firstCharacter(0) : 0 };
}

/** Characters YAML forbids or reads as line breaks, and a lone CR: left to the `yaml` package. */
const ODD_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)/;

class Refusal extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Core tags, the only ones read here. */
const CORE_TAGS = new Set(["!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq"]);
/** Anchor names of letters, digits and _ . - (others are rare, and parsers differ on them). */
const ANCHOR_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;
/** What ends an anchor, alias or tag: YAML's white space (not \s, which takes in more), or a flow indicator. */
const ENDS_NAME = /[ \t\r\n,[\]{}]/;
/** Implicit keys longer than this are an error in YAML. */
const MAX_KEY_LENGTH = 1024;

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;

/** Properties written before a node: `&anchor` and `!!tag`. */
interface Properties {
  anchor?: string;
  tag?: string;
  /** Where the first property starts, or -1. */
  at: number;
}
const NONE: Properties = { at: -1 };

class Reader {
  readonly index: NodeIndex;
  /** Where reading stopped: after the node read last. */
  private pos = 0;
  private depth = 0;
  /** Flow collections open around the reading position. */
  private flowDepth = 0;
  /** Where the quoted scalar read last ends. */
  private readonly quotedEnd: QuotedEnd = { at: 0 };
  /** The value of each anchored node, by its id, once it is read (the index says which node a name is). */
  private anchored?: Map<number, unknown>;
  /** For each mapping with a merge key, the keys merged in, which a key written in it may still override. */
  private merged?: Map<object, Set<string>>;
  /** The items of the lists being read, innermost last, each list copied out at its size as it closes
   * (grown by push, a list keeps room for 17 items or more and leaves the arrays it outgrew as garbage). */
  private readonly items: unknown[] = [];

  constructor(
    private readonly text: string,
    limits: ExpansionLimits,
  ) {
    this.index = new NodeIndex(text, limits);
    // A key sliced out of another file's text would keep that text alive.
    knownKeys.fill(undefined);
  }

  document(): unknown {
    const { text } = this;
    let at = this.skipToContent(0);
    if (text.charCodeAt(at) === 0x25 /* % */) {
      at = this.versionDirective(at);
      if (!this.isMarker(at, DASH)) throw new Refusal("a directive without a document start marker", at);
    }
    if (this.isMarker(at, DASH)) at = this.nextLine(at + 3);
    let data: unknown = null;
    if (at < text.length && !this.isMarker(at, 0x2e)) {
      data = this.root(at);
      at = this.skipToContent(this.pos);
    }
    if (this.isMarker(at, 0x2e /* . */)) at = this.nextLine(at + 3);
    if (at < text.length) throw new Refusal(this.isMarker(at, DASH) ? "several documents" : "text after the document ends", at);
    return data;
  }

  /** `%YAML 1.2`, which changes nothing; other directives (another version, %TAG) change how the
   * document reads, and are left to the yaml package. Returns where the content after it starts. */
  private versionDirective(at: number): number {
    const end = at + "%YAML 1.2".length;
    if (this.text.slice(at, end) !== "%YAML 1.2" || !this.endsToken(end)) throw new Refusal("a directive other than %YAML 1.2", at);
    return this.nextLine(end);
  }

  private root(at: number): unknown {
    const c = this.text.charCodeAt(at);
    const column = this.column(at);
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      const value = this.flowCollection(at, -1, NONE);
      this.restOfLine(this.pos);
      return value;
    }
    if (this.isDash(at)) return this.blockSequence(at, column, NONE);
    const colon = this.keyAhead(at);
    if (colon >= 0) return this.blockMapping(at, colon, column, NONE);
    throw new Refusal("a document that is neither a mapping nor a list", at);
  }

  // Block collections.

  private blockMapping(at: number, colon: number, indent: number, properties: Properties): Record<string, unknown> {
    const { text } = this;
    const id = this.openedCollection(at, properties, "!!map");
    const mapping: Record<string, unknown> = {};
    for (;;) {
      const key = this.key(at, -1, colon);
      this.pos = colon + 1;
      this.set(mapping, key, this.blockValue(indent, false), at);
      at = this.skipToContent(this.pos);
      if (at >= text.length) break;
      const column = this.column(at);
      if (column < indent || (column === 0 && (this.isMarker(at, DASH) || this.isMarker(at, 0x2e)))) break;
      if (column > indent) throw new Refusal("a line indented past the keys of its mapping", at);
      if (this.isDash(at)) break;
      colon = this.keyAhead(at);
      if (colon < 0) throw new Refusal("a line in a mapping that is not a key", at);
    }
    return this.closedCollection(mapping, Kind.Mapping, properties, id);
  }

  private blockSequence(at: number, indent: number, properties: Properties): unknown[] {
    const { text } = this;
    const id = this.openedCollection(at, properties, "!!seq");
    const { items } = this;
    const first = items.length;
    for (;;) {
      this.pos = at + 1;
      items.push(this.blockValue(indent, true));
      at = this.skipToContent(this.pos);
      if (at >= text.length) break;
      const column = this.column(at);
      if (column < indent) break;
      if (column > indent) throw new Refusal("a line indented past the items of its list", at);
      if (!this.isDash(at)) break;
    }
    return this.closedCollection(this.listFrom(first), Kind.Sequence, properties, id);
  }

  /** The value after a key's colon, or after a list item's dash (`item`), of a collection at column `indent`. */
  private blockValue(indent: number, item: boolean): unknown {
    const { text } = this;
    const start = this.pos;
    let at = skipBlanks(text, start);
    // After a dash, the yaml package takes a tab before an anchor or tag for indentation.
    if (item && (text.charCodeAt(at) === 0x26 || text.charCodeAt(at) === 0x21) && this.tabBefore(at)) throw new Refusal("a tab before properties in a list item", at);
    const properties = this.properties(at);
    if (properties.at >= 0) at = this.pos;
    const c = text.charCodeAt(at);
    if (!(at >= text.length || c === NEWLINE || c === RETURN || c === HASH)) return this.inlineNode(at, indent, item, properties);
    const next = this.skipToContent(at);
    if (next < text.length && !this.isMarker(next, DASH) && !this.isMarker(next, 0x2e)) {
      const column = this.column(next);
      if (column > indent || (column === indent && !item && this.isDash(next))) {
        if (this.isDash(next)) return this.blockSequence(next, column, properties);
        const colon = this.keyAhead(next);
        return colon >= 0 ? this.blockMapping(next, colon, column, properties) : this.node(next, indent, properties, false);
      }
    }
    // An empty value: null, placed by the index where the yaml package places it.
    if (properties.tag !== undefined && properties.tag !== "!!null" && properties.tag !== "!!str") throw new Refusal("a tag that does not fit its node", properties.at);
    const value = properties.tag === "!!str" ? "" : null;
    const id = this.index.empty(start, properties.anchor);
    this.pos = at;
    return this.kept(value, properties.anchor, id);
  }

  /** A value written on the line of its key or dash, from `at`. */
  private inlineNode(at: number, indent: number, item: boolean, properties: Properties): unknown {
    if (item && properties.at < 0) {
      if (this.isDash(at)) throw new Refusal("a list opened on its parent's dash line", at);
      const colon = this.keyAhead(at);
      if (colon >= 0) {
        // Its keys' column would count the tab as indentation, which YAML forbids.
        if (this.tabBefore(at)) throw new Refusal("a tab before a mapping in a list item", at);
        return this.blockMapping(at, colon, this.column(at), NONE);
      }
    } else if (item && this.keyAhead(at) >= 0) throw new Refusal("properties before a key", properties.at);
    return this.node(at, indent, properties, false);
  }

  /** A node from `at` that is not a block collection, in a flow collection (`flow`) or on a line of a
   * block collection at column `indent`, after its properties; reading stops after it (in a block
   * collection, at the end of its line). */
  private node(at: number, indent: number, properties: Properties, flow: boolean): unknown {
    const { text } = this;
    const c = text.charCodeAt(at);
    const from = properties.at >= 0 ? properties.at : at;
    let value: unknown;
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) value = this.flowCollection(at, indent, properties);
    else if (c === 0x2a /* * */) value = this.alias(at, properties);
    else if (c === 0x22 || c === 0x27) {
      const written = readQuoted(text, at, indent, this.quotedEnd);
      if (written === undefined) throw new Refusal("a quoted scalar with an error", at);
      this.pos = this.quotedEnd.at;
      if (flow) this.checkAfterQuote(this.pos);
      value = this.scalar(from, this.pos, written, false, properties);
    } else if (!flow && (c === 0x7c /* | */ || c === 0x3e /* > */)) {
      const block = readBlockScalar(text, at, indent);
      if (!block) throw new Refusal("a block scalar read otherwise by YAML parsers", at);
      value = this.scalar(from, lineEnd(text, at), block.value, false, properties);
      this.pos = block.end;
      return value;
    } else {
      // A plain scalar ends at its comment or, in a flow collection, at an indicator.
      const written = this.plain(at, indent, flow);
      return this.scalar(from, this.pos, written, true, properties);
    }
    if (!flow) this.restOfLine(this.pos);
    return value;
  }

  // Scalars.

  /** A scalar node from `from` to `end`: its value, indexed. Only a `plain` (unquoted) scalar's text is
   * resolved to null, a boolean or a number. */
  private scalar(from: number, end: number, written: string, plain: boolean, properties: Properties): unknown {
    const { tag } = properties;
    const value = tag === undefined ? (plain ? resolvePlain(written) : written) : resolveTagged(tag, written);
    if (value === undefined) throw new Refusal("a tag that does not fit its node", properties.at);
    const id = this.index.scalar(from, end, typeof value === "string" ? value.length : end - from, properties.anchor);
    return this.kept(value, properties.anchor, id);
  }

  /** A plain scalar from `at`, in a flow collection (`flow`) or not, in a block collection at column
   * `indent`: its text, lines folded; reading stops where its text ends. A comment ends it, as does a
   * flow indicator in a flow collection (which reads what follows); a colon that would make it a key
   * in a block collection is refused. */
  private plain(at: number, indent: number, flow: boolean): string {
    const { text } = this;
    this.checkPlainStart(at, flow);
    let value = "";
    for (let from = at; ; ) {
      const end = this.textEnd(from, flow);
      const stop = text.charCodeAt(end);
      if (stop === COLON && !flow) throw new Refusal("a colon that makes a value a key", end);
      let last = end;
      while (isBlank(text.charCodeAt(last - 1))) last--;
      value += text.slice(from, last);
      this.pos = last;
      if (stop !== NEWLINE && stop !== RETURN) return value;
      // The next line with text goes on with the scalar when indented past the collection (in a flow
      // collection it must be) and not started by an indicator.
      let blanks = -1;
      let line = end;
      let next = end;
      while (text.charCodeAt(next) === NEWLINE || text.charCodeAt(next) === RETURN) {
        blanks++;
        line = next = text.charCodeAt(next) === RETURN ? next + 2 : next + 1;
        while (text.charCodeAt(next) === SPACE) next++;
      }
      const c = text.charCodeAt(next);
      const indented = next - line > indent;
      if (next >= text.length || c === HASH || (flow ? isFlowIndicator(c) : !indented || c === TAB)) return value;
      if (!indented) throw new Refusal("a line of a flow collection not indented past its parent", next);
      if (this.isMarker(line, DASH) || this.isMarker(line, 0x2e)) throw new Refusal("a document marker inside a flow collection", line);
      if (((c === DASH || c === 0x3f /* ? */ || c === COLON) && this.endsToken(next + 1)) || (flow && (c === COLON || c === TAB || "&*!|>'\"%@`".includes(text[next]))))
        throw new Refusal("a line of a plain scalar that starts with an indicator", next);
      value += blanks === 0 ? " " : "\n".repeat(blanks);
      from = next;
    }
  }

  /** A plain scalar cannot start with an indicator, nor with - ? : before a space. */
  private checkPlainStart(at: number, flow: boolean): void {
    const c = this.text[at];
    if (",[]{}#&*!|>'\"%@`".includes(c)) throw new Refusal("a value that starts with an indicator", at);
    if (c === "-" || c === "?" || c === ":") {
      const d = this.text[at + 1];
      if (d === undefined || d === " " || d === "\n" || d === "\r" || d === "\t" || (flow && ",[]{}".includes(d))) throw new Refusal("a value that starts with an indicator", at);
    }
  }

  // Keys.

  /** Where the colon of an implicit key on the line from `at` is, or -1 when the line holds none. */
  private keyAhead(at: number): number {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === 0x22 || c === 0x27) {
      // A quoted key is on one line: a scalar on several is a value.
      if (readQuoted(text, at, -1, this.quotedEnd) === undefined || spansLines(text, at, this.quotedEnd.at)) return -1;
      const end = skipBlanks(text, this.quotedEnd.at);
      return text.charCodeAt(end) === COLON && this.endsToken(end + 1) ? end : -1;
    }
    if (c === 0x5b || c === 0x7b || c === 0x26 || c === 0x21 || c === 0x2a || c === 0x7c || c === 0x3e || c === HASH) return -1;
    const end = this.textEnd(at, false);
    return text.charCodeAt(end) === COLON ? end : -1;
  }

  /** Where the text on the line from `at` stops: at a colon that ends a key, a comment or the line's end,
   * and in a flow collection (`flow`) at a flow indicator. */
  private textEnd(at: number, flow: boolean): number {
    const { text } = this;
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c === NEWLINE || c === RETURN || (c === HASH && isBlank(text.charCodeAt(at - 1)))) break;
      if (c === COLON && (this.endsToken(at + 1) || (flow && isFlowIndicator(text.charCodeAt(at + 1))))) break;
      if (flow && isFlowIndicator(c)) break;
    }
    return at;
  }

  /** True when `at` is a space, a tab, a line break or the end of the text. */
  private endsToken(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return at >= this.text.length || c === SPACE || c === TAB || c === NEWLINE || c === RETURN;
  }

  /** A key from `at`, on one line, indexed as a scalar node: its name as text, or MERGE for a plain
   * `<<`. A block mapping's key ends at its colon (`colon`); a flow mapping's (`colon` -1) where its
   * text does. Reading stops after it. */
  private key(at: number, indent: number, colon: number): Key {
    const { text } = this;
    const c = text.charCodeAt(at);
    let end = colon;
    let key: Key;
    if (c === 0x22 || c === 0x27) {
      const name = readQuoted(text, at, indent, this.quotedEnd);
      end = this.quotedEnd.at;
      if (name === undefined || spansLines(text, at, end)) throw new Refusal("a quoted key that spans lines", at);
      if (colon < 0) this.checkAfterQuote(end);
      key = name;
    } else {
      if (colon < 0) end = this.plainFlowKey(at);
      else {
        this.checkPlainStart(at, false);
        while (isBlank(text.charCodeAt(end - 1))) end--;
      }
      key = this.knownKey(at, end);
    }
    if (end - at > MAX_KEY_LENGTH) throw new Refusal("a key too long to be implicit", at);
    this.index.scalar(at, end, key === MERGE ? 2 : key.length, undefined);
    this.pos = end;
    return key;
  }

  /** A plain key written from `at` to `end` on one line, as its name (MERGE for `<<`). A file writes a
   * few dozen names thousands of times: the one kept in the key's slot (by its length and first and
   * last characters) is taken when its text is the same, unsliced and unresolved. */
  private knownKey(at: number, end: number): Key {
    const { text } = this;
    const slot = ((end - at) * 31 + text.charCodeAt(at) * 7 + text.charCodeAt(end - 1)) & (knownKeys.length - 1);
    const known = knownKeys[slot];
    if (known !== undefined && known.length === end - at && text.startsWith(known, at)) return known;
    const written = text.slice(at, end);
    const value = written === "<<" ? MERGE : resolvePlain(written);
    if (value === null) throw new Refusal("a key that reads as null", at);
    if (value === written) knownKeys[slot] = written;
    return typeof value === "string" || value === MERGE ? value : String(value);
  }

  // Flow collections.

  /** A flow collection ([...] or {...}) from `at`, inside a block collection at column `indent`. */
  private flowCollection(at: number, indent: number, properties: Properties): unknown {
    const { text, index } = this;
    const isMapping = text.charCodeAt(at) === 0x7b;
    const close = isMapping ? 0x7d : 0x5d;
    // The outermost collection's closing bracket may stand on a line at its parent's indentation.
    const closing = this.flowDepth++ === 0 ? close : -1;
    const id = this.openedCollection(at, properties, isMapping ? "!!map" : "!!seq");
    const mapping: Record<string, unknown> | undefined = isMapping ? {} : undefined;
    const { items } = this;
    const first = items.length;
    let p = at + 1;
    for (;;) {
      p = this.flowSpace(p, indent, closing);
      if (text.charCodeAt(p) === close) break;
      if (mapping) {
        const keyAt = p;
        const key = this.key(p, indent, -1);
        p = skipBlanks(text, this.pos);
        // An empty value is placed after the colon, or at a key without one.
        let emptyAt = keyAt;
        if (text.charCodeAt(p) === COLON) {
          emptyAt = p + 1;
          p = this.flowSpace(p + 1, indent, closing);
        } else if (text.charCodeAt(p) !== COMMA && text.charCodeAt(p) !== close) throw new Refusal("a flow mapping entry without a colon", p);
        let value: unknown = null;
        if (text.charCodeAt(p) === COMMA || text.charCodeAt(p) === close) index.empty(emptyAt, undefined);
        else {
          value = this.flowNode(p, indent);
          p = this.pos;
        }
        this.set(mapping, key, value, keyAt);
      } else {
        items.push(this.flowNode(p, indent));
        p = skipBlanks(text, this.pos);
        if (text.charCodeAt(p) === COLON) throw new Refusal("a pair in a flow list", p);
      }
      p = this.flowSpace(p, indent, closing);
      const c = text.charCodeAt(p);
      if (c === COMMA) p++;
      else if (c !== close) throw new Refusal("a flow collection that is not closed", p);
    }
    this.flowDepth--;
    this.pos = p + 1;
    return this.closedCollection(mapping ?? this.listFrom(first), mapping ? Kind.Mapping : Kind.Sequence, properties, id);
  }

  /** A node inside a flow collection, from `at`; reading stops after it. */
  private flowNode(at: number, indent: number): unknown {
    const properties = this.properties(at);
    if (properties.at < 0) return this.node(at, indent, properties, true);
    const c = this.text.charCodeAt(this.pos);
    if (c === NEWLINE || c === RETURN || c === HASH) throw new Refusal("properties at the end of a line in a flow collection", this.pos);
    return this.node(this.pos, indent, properties, true);
  }

  /** A plain key inside a flow collection, from `at`, on one line: where its text ends. */
  private plainFlowKey(at: number): number {
    const { text } = this;
    this.checkPlainStart(at, true);
    const end = this.textEnd(at, true);
    let last = end;
    while (isBlank(text.charCodeAt(last - 1))) last--;
    // A key that goes on to the next line is left to the package (rare in flow collections).
    const stop = text.charCodeAt(end);
    if (stop === NEWLINE || stop === RETURN || stop === HASH || end >= text.length) {
      const next = this.flowSpace(end, -1);
      const c = text.charCodeAt(next);
      if (!(c === COMMA || c === 0x5d || c === 0x7d || c === COLON)) throw new Refusal("a key that spans lines in a flow collection", next);
    }
    return last;
  }

  /** After a quoted scalar in a flow collection: a space, a line break, the end or an indicator. */
  private checkAfterQuote(at: number): void {
    const c = this.text.charCodeAt(at);
    if (!(this.endsToken(at) || c === COLON || c === COMMA || c === 0x5d || c === 0x7d)) throw new Refusal("text right after a closing quote", at);
  }

  /** Skips white space, line breaks and comments inside a flow collection; each line with text must be
   * indented past `indent` by spaces (tabs may follow them, and indent JSON at the top), but for
   * `closing`, the outermost collection's closing bracket, which may stand at `indent`. */
  private flowSpace(at: number, indent: number, closing = -1): number {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === SPACE || c === TAB) at++;
      else if (c === NEWLINE || c === RETURN) {
        at = c === RETURN ? at + 2 : at + 1;
        let spaces = at;
        while (text.charCodeAt(spaces) === SPACE) spaces++;
        const d = text.charCodeAt(spaces);
        const blank = d === NEWLINE || d === RETURN || spaces >= text.length;
        if (spaces - at <= indent && !blank && !(spaces - at === indent && d === closing)) throw new Refusal("a line of a flow collection not indented past its parent", spaces);
        if (this.isMarker(at, DASH) || this.isMarker(at, 0x2e)) throw new Refusal("a document marker inside a flow collection", at);
        at = spaces;
      } else if (c === HASH) {
        const before = text.charCodeAt(at - 1);
        if (before !== SPACE && before !== TAB && before !== NEWLINE) throw new Refusal("a comment not separated by a space", at);
        at = lineEnd(text, at);
      } else if (at >= text.length) throw new Refusal("a flow collection that is not closed", at);
      else return at;
    }
  }

  // Aliases and properties.

  private alias(at: number, properties: Properties): unknown {
    const { text } = this;
    if (properties.at >= 0) throw new Refusal("properties on an alias", properties.at);
    let end = at + 1;
    while (end < text.length && !ENDS_NAME.test(text[end])) end++;
    const name = text.slice(at + 1, end);
    const target = this.index.anchorNode(name);
    if (target === undefined) throw new Refusal("an alias to no anchor", at);
    this.index.alias(at, end, name); // throws for an anchor still open
    this.pos = end;
    return this.anchored?.get(target);
  }

  /** `&anchor` and `!!tag` from `at`, if any; reading stops after them (and their spaces). */
  private properties(at: number): Properties {
    const { text } = this;
    let c = text.charCodeAt(at);
    if (c !== 0x26 && c !== 0x21) return NONE;
    const properties: Properties = { at };
    while (c === 0x26 || c === 0x21) {
      let end = at + 1;
      while (end < text.length && !ENDS_NAME.test(text[end])) end++;
      const token = text.slice(at, end);
      if (c === 0x26) {
        if (properties.anchor !== undefined || !ANCHOR_NAME.test(token.slice(1))) throw new Refusal("an anchor name parsers read otherwise", at);
        properties.anchor = token.slice(1);
      } else {
        if (properties.tag !== undefined || !CORE_TAGS.has(token)) throw new Refusal("a tag other than the core ones", at);
        properties.tag = token;
      }
      if (!this.endsToken(end)) throw new Refusal("a property not followed by a space", end);
      at = skipBlanks(text, end);
      c = text.charCodeAt(at);
    }
    this.pos = at;
    return properties;
  }

  // Nesting, anchors and positions.

  /** A collection opens at `at`, one level deeper, with properties that must fit it. */
  private openedCollection(at: number, properties: Properties, tag: "!!map" | "!!seq"): number {
    if (++this.depth > MAX_NESTING) throw new Refusal("nesting too deep", at);
    if (properties.tag !== undefined && properties.tag !== tag) throw new Refusal("a tag that does not fit its node", properties.at);
    return this.index.opened(properties.at >= 0 ? properties.at : at, properties.anchor);
  }

  /** Sets a pair of a mapping being read: a key written twice is refused; a merge key (<<) merges as the
   * `yaml` package merges (keys written in the mapping win; earlier mappings merged win). */
  private set(data: Record<string, unknown>, key: Key, value: unknown, at: number): void {
    if (key !== MERGE) {
      if (Object.hasOwn(data, key) && !this.merged?.get(data)?.delete(key)) throw new Refusal(DUPLICATE_KEY, at);
      define(data, key, value);
      return;
    }
    if (this.merged?.has(data)) throw new Refusal("two merge keys in one mapping", at);
    const merged = new Set<string>();
    (this.merged ??= new Map()).set(data, merged);
    for (const source of Array.isArray(value) ? value : [value]) {
      if (source === null || typeof source !== "object" || Array.isArray(source)) throw new Refusal("a merge key given something other than a mapping", at);
      for (const name of Object.keys(source)) {
        if (Object.hasOwn(data, name)) continue;
        define(data, name, (source as Record<string, unknown>)[name]);
        merged.add(name);
      }
    }
  }

  /** The items read since `first`, as a list of its own, taken off the items being read. */
  private listFrom(first: number): unknown[] {
    const { items } = this;
    const list = items.slice(first);
    items.length = first;
    return list;
  }

  /** The collection `id` ends where reading stopped, one level up; its value is `value`. */
  private closedCollection<T>(value: T, kind: Kind.Mapping | Kind.Sequence, properties: Properties, id: number): T {
    this.index.closedCollection(this.pos, kind, properties.anchor);
    this.depth--;
    return this.kept(value, properties.anchor, id);
  }

  /** The value of node `id`, kept for aliases when it has an anchor. */
  private kept<T>(value: T, anchor: string | undefined, id: number): T {
    if (anchor !== undefined) (this.anchored ??= new Map()).set(id, value);
    return value;
  }

  private column(at: number): number {
    return at - (this.text.lastIndexOf("\n", at - 1) + 1);
  }

  /** `-` followed by a space, a line break or the end: a block list item. */
  private isDash(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && this.endsToken(at + 1);
  }

  /** `---` (marker DASH) or `...` at the start of a line. */
  private isMarker(at: number, marker: number): boolean {
    return this.text.charCodeAt(at) === marker && (at === 0 || this.text.charCodeAt(at - 1) === NEWLINE) && isDocumentMarker(this.text, at);
  }

  /** Whether the white space just before `at` holds a tab. */
  private tabBefore(at: number): boolean {
    for (let c = this.text.charCodeAt(--at); isBlank(c); c = this.text.charCodeAt(--at)) if (c === TAB) return true;
    return false;
  }

  /** The next offset that is not white space, a line break or a comment. Tabs may end a line, not
   * indent one (YAML forbids it; the package says so). */
  private skipToContent(at: number): number {
    const { text } = this;
    let lineStart = at === 0 || text.charCodeAt(at - 1) === NEWLINE;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === SPACE) at++;
      else if (c === NEWLINE || c === RETURN) {
        at++;
        lineStart = true;
      } else if (c === HASH) {
        const before = text.charCodeAt(at - 1);
        if (at > 0 && before !== SPACE && before !== TAB && before !== NEWLINE) throw new Refusal("a comment not separated by a space", at);
        at = lineEnd(text, at);
      } else if (c === TAB && !lineStart) at++;
      else if (c === TAB) throw new Refusal("a tab in indentation", at);
      else return at;
    }
  }

  /** Past the rest of the line from `at` (see restOfLine) to the next content. */
  private nextLine(at: number): number {
    this.restOfLine(at);
    return this.skipToContent(this.pos);
  }

  /** The rest of a line after a node: white space, then a comment or nothing. Reading stops there. */
  private restOfLine(at: number): void {
    const { text } = this;
    const from = at;
    while (isBlank(text.charCodeAt(at))) at++;
    const c = text.charCodeAt(at);
    if (!(at >= text.length || c === NEWLINE || c === RETURN || (c === HASH && at > from))) throw new Refusal("text after a value on its line", at);
    this.pos = at;
  }
}

/** Names of plain keys read so far in a file, one a slot (see knownKey; tried for values and quoted
 * keys too: no faster). One array for every reader: a policy repository reads 1,000 front matters. */
const knownKeys = new Array<string | undefined>(512).fill(undefined);

/** A plain `<<` key: the mapping (or list of mappings) it is given is merged in. */
const MERGE = Symbol("<<");
/** A key's name as text, or MERGE. */
type Key = string | typeof MERGE;

/** Sets a key, even `__proto__`, as an own property. */
function define(data: Record<string, unknown>, name: string, value: unknown): void {
  if (name === "__proto__") Object.defineProperty(data, name, { value, enumerable: true, writable: true, configurable: true });
  else data[name] = value;
}

/** Whether a line break lies between `from` and `to`. (Not by finding where the line ends: a
 * minified JSON file is one line, and each of its keys would scan the rest of it.) */
function spansLines(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === NEWLINE) return true;
  return false;
}

/** A space or a tab: white space inside a line. */
function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** , [ ] { or }: what ends a plain scalar in a flow collection. */
function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}
