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

// src/load/precise-yaml.ts
var precise_yaml_exports = {};
__export(precise_yaml_exports, {
  expansionLimits: () => expansionLimits,
  parseWithProblems: () => parseWithProblems,
  preciseLocator: () => preciseLocator
});
module.exports = __toCommonJS(precise_yaml_exports);
var import_yaml4 = require("./vendor/yaml.cjs");

// src/load/expanded-size.ts
var import_yaml = require("./vendor/yaml.cjs");
var UNBOUNDED = { nodes: Infinity, chars: Infinity };
function expandsWithin(doc, limits) {
  const anchors = /* @__PURE__ */ new Map();
  let aliases = 0;
  let anchored = 0;
  const over = (size) => size.nodes > limits.nodes || size.chars > limits.chars;
  const sizeOf = (node) => {
    if ((0, import_yaml.isAlias)(node)) {
      if (++aliases > limits.aliases) return UNBOUNDED;
      return anchors.get(node.source) ?? { nodes: 1, chars: 0 };
    }
    const anchor = node?.anchor;
    if (anchor) {
      if (++anchored > limits.aliases) return UNBOUNDED;
      anchors.set(anchor, UNBOUNDED);
    }
    const size = (0, import_yaml.isCollection)(node) ? itemsSize(node.items) : { nodes: 1, chars: scalarChars(node) };
    if (anchor) anchors.set(anchor, size);
    return size;
  };
  const itemsSize = (items) => {
    const size = { nodes: 1, chars: 0 };
    for (const item of items)
      for (const part of (0, import_yaml.isPair)(item) ? [item.key, item.value] : [item]) {
        const { nodes, chars } = sizeOf(part);
        size.nodes += nodes;
        size.chars += chars;
        if (over(size)) return UNBOUNDED;
      }
    return size;
  };
  return !over(sizeOf(doc.contents));
}
function scalarChars(node) {
  if (!(0, import_yaml.isScalar)(node)) return 0;
  return typeof node.value === "string" ? node.value.length : node.source?.length ?? 1;
}

// src/load/inline-aliases.ts
var import_yaml2 = require("./vendor/yaml.cjs");
function inlineAliases(doc) {
  const anchors = /* @__PURE__ */ new Map();
  let resolved = true;
  const inline = (node) => {
    if ((0, import_yaml2.isAlias)(node)) {
      const target = anchors.get(node.source);
      if (!target) resolved = false;
      return target ?? node;
    }
    const anchor = node?.anchor;
    if (anchor) anchors.set(anchor, node);
    if ((0, import_yaml2.isCollection)(node))
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        if ((0, import_yaml2.isPair)(item)) {
          item.key = inline(item.key);
          item.value = inline(item.value);
        } else node.items[i] = inline(item);
      }
    return node;
  };
  doc.contents = inline(doc.contents);
  return resolved;
}

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

// src/load/yaml-locator.ts
var import_yaml3 = require("./vendor/yaml.cjs");

// src/load/locator.ts
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/load/yaml-locator.ts
var YamlLocator = class {
  constructor(doc, lineCounter) {
    this.doc = doc;
    this.lineCounter = lineCounter;
  }
  doc;
  lineCounter;
  aliasTargets;
  /** Each mapping's own pairs by key (the last one written wins, as in the data). */
  pairsByKey = /* @__PURE__ */ new Map();
  locate(pointer, atKey = false) {
    const { node, key } = this.walk(pointer);
    const target = atKey && key ? key : node ?? key;
    const offset = target?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
  sourceText(pointer) {
    const { node, complete } = this.walk(pointer);
    return complete && (0, import_yaml3.isScalar)(node) && typeof node.source === "string" ? node.source : void 0;
  }
  /** Follows the pointer as far as the document goes. */
  walk(pointer) {
    let node = this.resolve(this.doc.contents);
    let key;
    for (const segment of parsePointer(pointer)) {
      const next = this.child(node, segment);
      if (!next) return { node, key, complete: false };
      node = this.resolve(next.value);
      key = next.key;
      if (!node) return { node: void 0, key, complete: false };
    }
    return { node, key, complete: true };
  }
  child(node, segment) {
    if ((0, import_yaml3.isSeq)(node)) {
      const item = node.items[Number(segment)];
      return item === void 0 ? void 0 : { value: item };
    }
    if ((0, import_yaml3.isMap)(node)) {
      const pair = this.findPair(node, segment, /* @__PURE__ */ new Set());
      return pair ? { key: pair.key ?? void 0, value: pair.value } : void 0;
    }
    return void 0;
  }
  /** A member may come from the map itself or, through a merge key (<<), from a merged map. */
  findPair(map, segment, seen) {
    const own = this.ownPairs(map).get(segment);
    if (own) return own;
    seen.add(map);
    for (const item of map.items) {
      if (!(0, import_yaml3.isScalar)(item.key) || typeof item.key.value !== "symbol") continue;
      const sources = (0, import_yaml3.isSeq)(item.value) ? item.value.items : [item.value];
      for (const source of sources) {
        const merged = this.resolve(source);
        if ((0, import_yaml3.isMap)(merged) && !seen.has(merged)) {
          const pair = this.findPair(merged, segment, seen);
          if (pair) return pair;
        }
      }
    }
    return void 0;
  }
  ownPairs(map) {
    let pairs = this.pairsByKey.get(map);
    if (!pairs) {
      pairs = /* @__PURE__ */ new Map();
      for (const pair of map.items) if ((0, import_yaml3.isScalar)(pair.key)) pairs.set(String(pair.key.value), pair);
      this.pairsByKey.set(map, pairs);
    }
    return pairs;
  }
  resolve(node) {
    return (0, import_yaml3.isAlias)(node) ? this.targets().get(node) : node;
  }
  /** Each alias's node: the last node with its anchor before it, in document order, as Alias.resolve finds. */
  targets() {
    if (!this.aliasTargets) {
      const targets = /* @__PURE__ */ new Map();
      const anchors = /* @__PURE__ */ new Map();
      (0, import_yaml3.visit)(this.doc, {
        Node: (_, node) => {
          if ((0, import_yaml3.isAlias)(node)) {
            const target = anchors.get(node.source);
            if (target) targets.set(node, target);
          } else if (node.anchor) anchors.set(node.anchor, node);
        }
      });
      this.aliasTargets = targets;
    }
    return this.aliasTargets;
  }
};

// src/load/precise-yaml.ts
var MAX_ALIASES = 1e4;
var MIN_EXPANDED_NODES = 2e5;
var MIN_EXPANDED_CHARS = 1024 * 1024;
var EXPANDED_CHARS_PER_CHAR = 10;
var MAX_EXPANDED_CHARS = 50 * 1024 * 1024;
function expansionLimits(length) {
  return {
    nodes: MIN_EXPANDED_NODES + length,
    chars: Math.min(MAX_EXPANDED_CHARS, MIN_EXPANDED_CHARS + EXPANDED_CHARS_PER_CHAR * length),
    aliases: MAX_ALIASES
  };
}
var RULE_BY_CODE = {
  DUPLICATE_KEY: "yaml-duplicate-key",
  TAB_AS_INDENT: "yaml-tab"
};
function preciseLocator(text) {
  return parsePrecisely(text).locator;
}
function parsePrecisely(text) {
  const lineCounter = new import_yaml4.LineCounter();
  const doc = (0, import_yaml4.parseDocument)(text, { lineCounter, uniqueKeys: true, merge: true, prettyErrors: false, version: "1.2" });
  return { doc, lineCounter, locator: new YamlLocator(doc, lineCounter) };
}
function parseWithProblems(text, file) {
  const { doc, lineCounter, locator } = parsePrecisely(text);
  const starts = lineStarts(text);
  const problems = firstPerPosition([...doc.errors, ...doc.warnings].map((error) => yamlProblem(error, file, starts)));
  if (doc.errors.length > 0) return { data: void 0, problems, locator };
  const rootProblem = checkRoot(doc, file, lineCounter);
  if (rootProblem) return { data: void 0, problems: [...problems, rootProblem], locator };
  const refused = { data: void 0, problems: [...problems, aliasProblem(doc, file, lineCounter)], locator };
  if (!expandsWithin(doc, expansionLimits(text.length))) return refused;
  if (!inlineAliases(doc)) return refused;
  try {
    return { data: doc.toJS(), problems, locator };
  } catch {
    return refused;
  }
}
function yamlProblem(error, file, starts) {
  const { line, column: col } = positionIn(starts, error.pos[0]);
  const ruleId = RULE_BY_CODE[error.code] ?? "yaml-syntax";
  const messageId = ruleId === "yaml-syntax" ? "load.yamlSyntax" : `load.${error.code}`;
  return {
    ruleId,
    severity: error.name === "YAMLWarning" ? "minor" : "major",
    messageId,
    params: { detail: firstLine(error.message) },
    file,
    line,
    column: col
  };
}
function checkRoot(doc, file, lineCounter) {
  const root = doc.contents;
  const isBlank = root === null || (0, import_yaml4.isScalar)(root) && root.value === null && root.source === "";
  if (isBlank) return { ruleId: "yaml-empty", severity: "major", messageId: "load.empty", file, line: 1, column: 1 };
  if (!(0, import_yaml4.isMap)(root)) {
    const { line, col } = lineCounter.linePos(root.range?.[0] ?? 0);
    return { ruleId: "yaml-not-mapping", severity: "major", messageId: "load.notMapping", file, line, column: col };
  }
  return void 0;
}
function aliasProblem(doc, file, lineCounter) {
  let offset = 0;
  (0, import_yaml4.visit)(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return import_yaml4.visit.BREAK;
    }
  });
  const { line, col } = lineCounter.linePos(offset);
  return { ruleId: "yaml-alias-limit", severity: "major", messageId: "load.aliasLimit", file, line, column: col };
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
  expansionLimits,
  parseWithProblems,
  preciseLocator
});
