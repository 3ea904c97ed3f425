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
  parseWithProblems: () => parseWithProblems,
  preciseLocator: () => preciseLocator
});
module.exports = __toCommonJS(precise_yaml_exports);
var import_yaml2 = require("./vendor/yaml.cjs");

// src/load/expanded-size.ts
function countExpandedNodes(value, limit) {
  const sizes = /* @__PURE__ */ new Map();
  const sizeOf = (node) => {
    if (node === null || typeof node !== "object") return 1;
    const known = sizes.get(node);
    if (known !== void 0) return known;
    sizes.set(node, Infinity);
    let total = 1;
    for (const child of Object.values(node)) {
      total += sizeOf(child);
      if (total > limit) break;
    }
    const size = total > limit ? Infinity : total;
    sizes.set(node, size);
    return size;
  };
  return sizeOf(value);
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
var import_yaml = require("./vendor/yaml.cjs");

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
  locate(pointer, atKey = false) {
    const { node, key } = this.walk(pointer);
    const target = atKey && key ? key : node ?? key;
    const offset = target?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
  sourceText(pointer) {
    const { node, complete } = this.walk(pointer);
    return complete && (0, import_yaml.isScalar)(node) && typeof node.source === "string" ? node.source : void 0;
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
    if ((0, import_yaml.isSeq)(node)) {
      const item = node.items[Number(segment)];
      return item === void 0 ? void 0 : { value: item };
    }
    if ((0, import_yaml.isMap)(node)) {
      const pair = findPair(node.items, segment, (n) => this.resolve(n));
      return pair ? { key: pair.key ?? void 0, value: pair.value } : void 0;
    }
    return void 0;
  }
  resolve(node) {
    return (0, import_yaml.isAlias)(node) ? node.resolve(this.doc) : node;
  }
};
function findPair(items, segment, resolve) {
  for (let i = items.length - 1; i >= 0; i--) {
    const key = items[i].key;
    if ((0, import_yaml.isScalar)(key) && String(key.value) === segment) return items[i];
  }
  for (const item of items) {
    if (!(0, import_yaml.isScalar)(item.key) || typeof item.key.value !== "symbol") continue;
    const sources = (0, import_yaml.isSeq)(item.value) ? item.value.items : [item.value];
    for (const source of sources) {
      const merged = resolve(source);
      if ((0, import_yaml.isMap)(merged)) {
        const pair = findPair(merged.items, segment, resolve);
        if (pair) return pair;
      }
    }
  }
  return void 0;
}

// src/load/precise-yaml.ts
var MAX_ALIAS_COUNT = 1e4;
var MIN_EXPANDED_NODE_LIMIT = 2e5;
var RULE_BY_CODE = {
  DUPLICATE_KEY: "yaml-duplicate-key",
  TAB_AS_INDENT: "yaml-tab"
};
function preciseLocator(text) {
  return parsePrecisely(text).locator;
}
function parsePrecisely(text) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, uniqueKeys: true, merge: true, prettyErrors: false, version: "1.2" });
  return { doc, lineCounter, locator: new YamlLocator(doc, lineCounter) };
}
function parseWithProblems(text, file) {
  const { doc, lineCounter, locator } = parsePrecisely(text);
  const starts = lineStarts(text);
  const problems = firstPerPosition([...doc.errors, ...doc.warnings].map((error) => yamlProblem(error, file, starts)));
  if (doc.errors.length > 0) return { data: void 0, problems, locator };
  const rootProblem = checkRoot(doc, file, lineCounter);
  if (rootProblem) return { data: void 0, problems: [...problems, rootProblem], locator };
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return { data: void 0, problems: [...problems, aliasProblem(doc, file, lineCounter)], locator };
  }
  if (countExpandedNodes(data, MIN_EXPANDED_NODE_LIMIT + text.length) === Infinity)
    return { data: void 0, problems: [...problems, aliasProblem(doc, file, lineCounter)], locator };
  return { data, problems, locator };
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
  const isBlank = root === null || (0, import_yaml2.isScalar)(root) && root.value === null && root.source === "";
  if (isBlank) return { ruleId: "yaml-empty", severity: "major", messageId: "load.empty", file, line: 1, column: 1 };
  if (!(0, import_yaml2.isMap)(root)) {
    const { line, col } = lineCounter.linePos(root.range?.[0] ?? 0);
    return { ruleId: "yaml-not-mapping", severity: "major", messageId: "load.notMapping", file, line, column: col };
  }
  return void 0;
}
function aliasProblem(doc, file, lineCounter) {
  let offset = 0;
  (0, import_yaml2.visit)(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return import_yaml2.visit.BREAK;
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
  parseWithProblems,
  preciseLocator
});
