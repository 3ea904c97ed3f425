"use strict"; const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/load/explain-yaml.ts
var explain_yaml_exports = {};
__export(explain_yaml_exports, {
  explainYaml: () => explainYaml
});
module.exports = __toCommonJS(explain_yaml_exports);
var import_yaml2 = require("./vendor/yaml.cjs");

// src/load/inline-aliases.ts
var import_yaml = require("./vendor/yaml.cjs");
function inlineAliases(doc) {
  const anchors = /* @__PURE__ */ new Map();
  let resolved = true;
  const inline = (node) => {
    if ((0, import_yaml.isAlias)(node)) {
      const target = anchors.get(node.source);
      if (!target) resolved = false;
      return target ?? node;
    }
    const anchor = node?.anchor;
    if (anchor) anchors.set(anchor, node);
    if ((0, import_yaml.isCollection)(node))
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        if ((0, import_yaml.isPair)(item)) {
          item.key = inline(item.key);
          item.value = inline(item.value);
        } else node.items[i] = inline(item);
      }
    return node;
  };
  doc.contents = inline(doc.contents);
  return resolved;
}

// src/load/locator.ts
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/load/node-index.ts
var ExpansionLimitReached = class extends Error {
  constructor(offset) {
    super("the aliases expand the document past its limits");
    this.offset = offset;
  }
  offset;
};
var NodeIndex = class _NodeIndex {
  constructor(source, limits) {
    this.source = source;
    this.limits = limits;
    const room = Math.max(64, source.length >> 3);
    ({ start: this.start, end: this.end, last: this.last, kind: this.kind } = _NodeIndex.allocate(room));
  }
  source;
  limits;
  /** Nodes indexed so far; ids run from 0 in the order nodes open, which is document order. */
  count = 0;
  start;
  end;
  kind;
  /** The last node of each node's subtree: a node's children follow it in document order (a mapping's
   * as key, value, key, value), each after the subtree of the one before. No array per node. */
  last;
  /** The text of scalars the `yaml` package read (explain-yaml.ts), which may be written in ways the
   * locator does not read again (an explicit key on several lines, a block scalar key). */
  names;
  /** For an alias, the node it names (made on first use, as the maps below: most files have no anchor). */
  target;
  /** The node of each anchor's latest definition, in document order. */
  anchors;
  /** What each anchored node expands to, for its aliases, once it is closed. */
  anchored;
  /** Where the first alias starts: an alias bomb is reported there. */
  firstAlias = -1;
  /** What the document expands to so far, in document order: a node's own expansion is the count at
   * its close less the count at its open. */
  expanded = { nodes: 0, chars: 0 };
  /** For each collection still open, from the outermost: its id and the expansion counted when it
   * opened (three numbers a collection). */
  open = [];
  childLists;
  /** The arrays for `room` nodes, as views of one buffer: one allocation, not four (a policy repository
   * indexes 1,000 front matters). Few and narrow: the memory a large file's index first touches is much
   * of its cost. Widest first, so that every view starts aligned. */
  static allocate(room) {
    const buffer = new ArrayBuffer(room * (3 * 4 + 1));
    return { start: new Int32Array(buffer, 0, room), end: new Int32Array(buffer, 4 * room, room), last: new Int32Array(buffer, 8 * room, room), kind: new Uint8Array(buffer, 12 * room, room) };
  }
  /** A collection starts at `offset` (a parser may give where it began looking: see firstCharacter).
   * A parser that knows its anchor now passes it, so that an alias inside the collection is a cycle. */
  opened(offset, anchor) {
    const id = this.added(offset, offset, 0 /* Other */, anchor);
    this.open.push(id, this.expanded.nodes, this.expanded.chars);
    return id;
  }
  /** The collection opened last and not yet closed ends at `offset`. */
  closedCollection(offset, kind, anchor) {
    const { open } = this;
    const chars = open.pop();
    const nodes = open.pop();
    const id = open.pop();
    this.end[id] = offset;
    this.last[id] = this.count - 1;
    this.kind[id] = kind;
    if (anchor !== void 0) (this.anchored ??= /* @__PURE__ */ new Map()).set(id, { nodes: this.expanded.nodes - nodes + 1, chars: this.expanded.chars - chars });
    return id;
  }
  // Scalars, aliases and empty nodes have no children: each is added whole, by one call.
  /** A scalar of `chars` characters (as text, or as written when it is not text). */
  scalar(start, end, chars, anchor) {
    const id = this.added(start, end, 1 /* Scalar */, anchor);
    this.expanded.chars += chars;
    if (anchor !== void 0) (this.anchored ??= /* @__PURE__ */ new Map()).set(id, { nodes: 1, chars });
    return id;
  }
  /** An alias of the anchor `name`. */
  alias(start, end, name) {
    if (this.firstAlias < 0) this.firstAlias = start;
    const target = this.anchors?.get(name);
    const size = target === void 0 ? void 0 : this.anchored?.get(target);
    if (target === void 0 || size === void 0) throw new ExpansionLimitReached(this.nextContent(this.firstAlias));
    const id = this.added(start, end, 4 /* Alias */, void 0);
    (this.target ??= /* @__PURE__ */ new Map()).set(id, target);
    this.expanded.nodes += size.nodes - 1;
    this.expanded.chars += size.chars;
    if (this.expanded.nodes > this.limits.nodes || this.expanded.chars > this.limits.chars) throw new ExpansionLimitReached(this.nextContent(this.firstAlias));
    return id;
  }
  /** An empty node (`key:` and nothing), written at `offset` (after its colon or dash, or at its key
   * when it has no colon): placed, as the yaml package places it, after the spaces, anchor and tag
   * that follow on the line. */
  empty(offset, anchor) {
    const at = this.pastProperties(offset, true);
    const id = this.added(at, at, 0 /* Other */, anchor);
    if (anchor !== void 0) (this.anchored ??= /* @__PURE__ */ new Map()).set(id, { nodes: 1, chars: 0 });
    return id;
  }
  /** The node an alias of `name` names: the latest defined, in document order (it may be still open). */
  anchorNode(name) {
    return this.anchors?.get(name);
  }
  /** A node, the next child of the innermost open collection. */
  added(start, end, kind, anchor) {
    if (this.count === this.start.length) this.grow();
    const id = this.count++;
    if (anchor !== void 0) (this.anchors ??= /* @__PURE__ */ new Map()).set(anchor, id);
    this.start[id] = start;
    this.end[id] = end;
    this.kind[id] = kind;
    this.last[id] = id;
    this.expanded.nodes++;
    return id;
  }
  /** Child ids of a collection, in order (listed once, on first use: only findings need them). */
  childrenOf(id) {
    let list = this.childLists?.get(id);
    if (!list) {
      list = [];
      for (let child = id + 1; child <= this.last[id]; child = this.last[child] + 1) list.push(child);
      (this.childLists ??= /* @__PURE__ */ new Map()).set(id, list);
    }
    return list;
  }
  /** Where the node's content starts: past the spaces and comments a parser may include, and past
   * its anchor and tag, as the yaml package places it. */
  firstCharacter(id) {
    const offset = this.start[id];
    return this.kind[id] === 0 /* Other */ && this.end[id] === offset ? offset : this.pastProperties(offset, false);
  }
  /** Past the anchor and tag written from `offset` and the white space around them: spaces, line
   * breaks and comments, or (`onItsLine`, where the yaml package places an empty value) spaces and tabs. */
  pastProperties(offset, onItsLine) {
    const text = this.source;
    const white = (at) => {
      if (!onItsLine) return this.nextContent(at);
      while (text[at] === " " || text[at] === "	") at++;
      return at;
    };
    for (offset = white(offset); text[offset] === "&" || text[offset] === "!"; offset = white(offset))
      while (offset < text.length && !/\s/.test(text[offset])) offset++;
    return offset;
  }
  /** The first offset from `offset` that is not a space, a line break or a comment. */
  nextContent(offset) {
    const text = this.source;
    for (; ; ) {
      const c = text.charCodeAt(offset);
      if (c === 32 || c === 10 || c === 13 || c === 9) offset++;
      else if (c === 35) while (offset < text.length && text.charCodeAt(offset) !== 10) offset++;
      else return offset;
    }
  }
  grow() {
    const larger = _NodeIndex.allocate(this.start.length * 2);
    for (const name of Object.keys(larger)) larger[name].set(this[name]);
    ({ start: this.start, end: this.end, last: this.last, kind: this.kind } = larger);
  }
};

// src/load/positions.ts
function lineStarts(text) {
  let starts = new Int32Array(Math.max(16, text.length >> 5));
  let count = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    if (count === starts.length) {
      const larger = new Int32Array(count * 2);
      larger.set(starts);
      starts = larger;
    }
    starts[count++] = i + 1;
  }
  return starts.subarray(0, count);
}
function positionIn(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

// src/load/scalars.ts
var NULL = /^(?:~|[Nn]ull|NULL)?$/;
var BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
var FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
function resolvePlain(text) {
  const first = text.charCodeAt(0);
  if (first === 126 || first === 110 || first === 78) return NULL.test(text) ? null : text;
  if (first === 116 || first === 84 || first === 102 || first === 70) return BOOL.test(text) ? first === 116 || first === 84 : text;
  if (!(first >= 48 && first <= 57 || first === 46 || first === 43 || first === 45)) return text === "" ? null : text;
  if (INT.test(text)) return text.startsWith("0o") ? parseInt(text.slice(2), 8) : text.startsWith("0x") ? parseInt(text.slice(2), 16) : Number(text);
  if (FLOAT.test(text)) return /nan/i.test(text) ? NaN : /inf/i.test(text) ? text.startsWith("-") ? -Infinity : Infinity : Number(text);
  return text;
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_DIGITS = { x: 2, u: 4, U: 8 };
function readQuoted(text, start, indent, end) {
  const quote = text.charCodeAt(start);
  let value = "";
  let from = start + 1;
  for (let at = from; at < text.length; ) {
    const c = text.charCodeAt(at);
    if (c === quote) {
      if (quote === 39 && text.charCodeAt(at + 1) === 39) {
        value += text.slice(from, at + 1);
        from = at += 2;
        continue;
      }
      end.at = at + 1;
      return value + text.slice(from, at);
    }
    if (c === 92 && quote === 34) {
      value += text.slice(from, at);
      const escape = text[at + 1];
      if (escape === "\n" || escape === "\r") {
        const next = nextLine(text, at + 1, indent);
        if (next < 0) return void 0;
        from = at = skipBlanks(text, next);
        continue;
      }
      const digits = HEX_DIGITS[escape];
      if (digits !== void 0) {
        const hex = text.slice(at + 2, at + 2 + digits);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return void 0;
        const code = parseInt(hex, 16);
        if (code > 1114111) return void 0;
        value += String.fromCodePoint(code);
        from = at += 2 + digits;
        continue;
      }
      const escaped = ESCAPES[escape];
      if (escaped === void 0) return void 0;
      value += escaped;
      from = at += 2;
      continue;
    }
    if (c === 10 || c === 13) {
      let end2 = at;
      while (end2 > from && (text.charCodeAt(end2 - 1) === 32 || text.charCodeAt(end2 - 1) === 9)) end2--;
      value += text.slice(from, end2);
      let breaks = 0;
      let next = at;
      for (; ; ) {
        next = nextLine(text, next, indent);
        if (next < 0) return void 0;
        next = skipBlanks(text, next);
        const d = text.charCodeAt(next);
        if (d !== 10 && d !== 13) break;
        breaks++;
      }
      value += breaks === 0 ? " " : "\n".repeat(breaks);
      from = at = next;
      continue;
    }
    at++;
  }
  return void 0;
}
function nextLine(text, at, indent) {
  if (text.charCodeAt(at) === 13) at++;
  if (text.charCodeAt(at) !== 10) return -1;
  const line = at + 1;
  if (isDocumentMarker(text, line)) return -1;
  let spaces = line;
  while (text.charCodeAt(spaces) === 32) spaces++;
  const c = text.charCodeAt(spaces);
  if (spaces - line <= indent && c !== 10 && c !== 13 && spaces < text.length) return -1;
  return line;
}
function skipBlanks(text, at) {
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  return at;
}
function isDocumentMarker(text, line) {
  const c = text.charCodeAt(line);
  if (c !== 45 && c !== 46 || text.charCodeAt(line + 1) !== c || text.charCodeAt(line + 2) !== c) return false;
  const after = text.charCodeAt(line + 3);
  return line + 3 >= text.length || after === 32 || after === 10 || after === 13 || after === 9;
}

// src/load/index-locator.ts
var IndexLocator = class {
  constructor(index) {
    this.index = index;
  }
  index;
  lineStarts;
  /** Each mapping's keys by text, built on first use: the last one written wins, as in the data. */
  keys = /* @__PURE__ */ new Map();
  locate(pointer, atKey = false) {
    const { node, key } = this.walk(pointer);
    const target = atKey && key !== void 0 ? key : node;
    return target < 0 ? { line: 1, column: 1 } : this.position(this.index.firstCharacter(target));
  }
  sourceText(pointer) {
    const { node, complete } = this.walk(pointer);
    const { index } = this;
    if (!complete || node < 0) return void 0;
    if (index.kind[node] === 0 /* Other */ && index.end[node] === index.start[node]) return "";
    if (index.kind[node] !== 1 /* Scalar */) return void 0;
    const from = index.firstCharacter(node);
    const quote = index.source[from];
    if (quote === "'" || quote === '"') return this.scalarText(node);
    return index.source.slice(from, index.end[node]).split(/[\s,\]}#]/)[0];
  }
  /** Follows the pointer as far as the document goes; a missing member stops at its nearest ancestor. */
  walk(pointer) {
    const { index } = this;
    let node = index.count > 0 ? this.resolve(0) : -1;
    let key;
    for (const segment of parsePointer(pointer)) {
      if (node < 0) return { node, key, complete: false };
      let next;
      if (index.kind[node] === 2 /* Sequence */) {
        const item = index.childrenOf(node)[Number(segment)];
        next = item === void 0 ? void 0 : { value: item };
      } else if (index.kind[node] === 3 /* Mapping */) next = this.member(node, segment, /* @__PURE__ */ new Set());
      if (next === void 0) return { node, key, complete: false };
      key = next.key;
      node = this.resolve(next.value);
    }
    return { node, key, complete: true };
  }
  /** A member of a mapping: its own, or through a merge key (<<) one of a mapping merged in. */
  member(mapping, segment, seen) {
    const children = this.index.childrenOf(mapping);
    const at = this.keysOf(mapping).get(segment);
    if (at !== void 0 && !this.isMerge(children[at])) return { key: children[at], value: children[at + 1] };
    seen.add(mapping);
    for (let i = 0; i + 1 < children.length; i += 2) {
      if (!this.isMerge(children[i])) continue;
      const value = this.resolve(children[i + 1]);
      const sources = this.index.kind[value] === 2 /* Sequence */ ? this.index.childrenOf(value) : [value];
      for (const source of sources) {
        const merged = this.resolve(source);
        if (this.index.kind[merged] !== 3 /* Mapping */ || seen.has(merged)) continue;
        const found = this.member(merged, segment, seen);
        if (found) return found;
      }
    }
    return void 0;
  }
  keysOf(mapping) {
    let keys = this.keys.get(mapping);
    if (!keys) {
      keys = /* @__PURE__ */ new Map();
      const children = this.index.childrenOf(mapping);
      for (let i = 0; i + 1 < children.length; i += 2) {
        const text = this.scalarText(this.resolve(children[i]));
        if (text !== void 0) keys.set(text, i);
      }
      this.keys.set(mapping, keys);
    }
    return keys;
  }
  /** A scalar's text as the data names a key: read again from the file, as few are ever looked up (a
   * quoted scalar's value, a plain one's resolved), unless the index has it; undefined for a node
   * that is not a scalar. */
  scalarText(key) {
    const { index } = this;
    if (index.kind[key] !== 1 /* Scalar */) return void 0;
    const name = index.names?.get(key);
    if (name !== void 0) return name;
    const from = index.firstCharacter(key);
    const c = index.source[from];
    if (c === "'" || c === '"') return readQuoted(index.source, from, -1, { at: 0 });
    const value = resolvePlain(index.source.slice(from, index.end[key]));
    return value === null ? "" : String(value);
  }
  /** A plain `<<` key: the merge key. */
  isMerge(key) {
    const { index } = this;
    const from = index.firstCharacter(key);
    return index.kind[key] === 1 /* Scalar */ && index.end[key] === from + 2 && index.source.startsWith("<<", from);
  }
  resolve(node) {
    return this.index.target?.get(node) ?? node;
  }
  position(offset) {
    this.lineStarts ??= lineStarts(this.index.source);
    return positionIn(this.lineStarts, offset);
  }
};

// src/load/explain-yaml.ts
var RULE_BY_CODE = {
  DUPLICATE_KEY: "yaml-duplicate-key",
  TAB_AS_INDENT: "yaml-tab"
};
function explainYaml(text, file, limits) {
  const doc = (0, import_yaml2.parseDocument)(text, { uniqueKeys: false, merge: true, prettyErrors: false, version: "1.2", logLevel: "error" });
  const starts = lineStarts(text);
  const problem = (ruleId, messageId, offset, severity = "major", detail) => ({
    ruleId,
    severity,
    messageId,
    ...detail === void 0 ? {} : { params: { detail: detail.text, code: detail.code } },
    file,
    ...positionIn(starts, offset)
  });
  const errors = [...doc.errors, ...doc.warnings].map((error) => yamlProblem(error, problem));
  const index = new NodeIndex(text, limits);
  const duplicateAt = [];
  const built = indexNode(index, doc.contents, duplicateAt);
  const duplicates = duplicateAt.map((offset) => problem("yaml-duplicate-key", "load.DUPLICATE_KEY", offset));
  const problems = firstPerPosition([...errors, ...duplicates].sort((a, b) => a.line - b.line || a.column - b.column));
  if (doc.errors.length > 0 || duplicates.length > 0) return { data: void 0, problems };
  const root = doc.contents;
  if (root === null || (0, import_yaml2.isScalar)(root) && root.value === null && root.source === "")
    return { data: void 0, problems: [...problems, problem("yaml-empty", "load.empty", 0)] };
  if (!(0, import_yaml2.isMap)(root)) return { data: void 0, problems: [...problems, problem("yaml-not-mapping", "load.notMapping", root.range?.[0] ?? 0)] };
  if (built !== true) return { data: void 0, problems, expandsTooFar: built };
  inlineAliases(doc);
  try {
    return { data: doc.toJS(), problems, locator: new IndexLocator(index) };
  } catch {
    return { data: void 0, problems: [...problems, problem("yaml-syntax", "load.yamlSyntax", 0, "major", { text: "a merge key (<<) is given something other than a mapping", code: "BAD_MERGE" })] };
  }
}
function indexNode(index, root, duplicateAt) {
  const visit = (node, at) => {
    const range = node?.range;
    const start = range?.[0] ?? at;
    const anchor = node?.anchor;
    if ((0, import_yaml2.isAlias)(node)) index.alias(start, range[1], node.source);
    else if ((0, import_yaml2.isMap)(node)) {
      index.opened(start, anchor);
      const names = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        if ((0, import_yaml2.isScalar)(key) && typeof key.value !== "symbol") {
          const name = String(key.value);
          if (names.has(name)) duplicateAt.push(key.range?.[0] ?? 0);
          names.add(name);
        }
        visit(key, start);
        visit(pair.value, (pair.value === null ? key?.range?.[0] : key?.range?.[1]) ?? start);
      }
      index.closedCollection(range[1], 3 /* Mapping */, anchor);
    } else if ((0, import_yaml2.isSeq)(node)) {
      index.opened(start, anchor);
      node.items.forEach((item) => visit(item, start));
      index.closedCollection(range[1], 2 /* Sequence */, anchor);
    } else if ((0, import_yaml2.isScalar)(node) && !(node.value === null && node.source === "")) {
      const value = node.value;
      const name = typeof value === "string" ? value : typeof value === "symbol" ? node.source ?? "<<" : value === null ? "" : String(value);
      (index.names ??= /* @__PURE__ */ new Map()).set(index.scalar(start, range[1], name.length, anchor), name);
    } else index.empty(start, anchor);
  };
  try {
    visit(root, 0);
    return true;
  } catch (error) {
    if (error instanceof ExpansionLimitReached) return error.offset;
    throw error;
  }
}
function yamlProblem(error, problem) {
  const ruleId = RULE_BY_CODE[error.code] ?? "yaml-syntax";
  const messageId = ruleId === "yaml-syntax" ? "load.yamlSyntax" : `load.${error.code}`;
  return problem(ruleId, messageId, error.pos[0], error.name === "YAMLWarning" ? "minor" : "major", { text: firstLine(error.message), code: error.code });
}
function firstPerPosition(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainYaml
});
