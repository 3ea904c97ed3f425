// What the `yaml` package reads in a text, and where it places each node: the reference the loader
// is tested against (read as explain-yaml.ts reads, with merge keys and YAML 1.2).
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import { parsePointer, type Locator, type Position } from "../../src/load/locator.js";

/** The yaml package's reading of `text`: whether it is clean (no error, no warning), its data, a
 * locator, and whether a key is a collection (which the data holds as text). */
export function reference(text: string): { clean: boolean; data: unknown; locator: Locator; collectionKey: boolean } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, merge: true, prettyErrors: false, version: "1.2" });
  const clean = doc.errors.length === 0 && doc.warnings.length === 0;
  let collectionKey = false;
  visit(doc, {
    Pair: (_, pair) => {
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
      collectionKey ||= isMap(key) || isSeq(key);
    },
  });
  let data: unknown;
  try {
    data = clean ? doc.toJS() : undefined;
  } catch {
    return { clean: false, data: undefined, locator: new YamlLocator(doc, lineCounter), collectionKey };
  }
  return { clean, data, locator: new YamlLocator(doc, lineCounter), collectionKey };
}

export class YamlLocator implements Locator {
  private aliasTargets?: Map<Alias, Node>;
  /** Each mapping's own pairs by key (the last one written wins, as in the data). */
  private readonly pairsByKey = new Map<YAMLMap, Map<string, Pair<Node, Node>>>();

  constructor(
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  locate(pointer: string, atKey = false): Position {
    const { node, key } = this.walk(pointer);
    const target = atKey && key ? key : (node ?? key);
    const offset = target?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  sourceText(pointer: string): string | undefined {
    const { node, complete } = this.walk(pointer);
    return complete && isScalar(node) && typeof node.source === "string" ? node.source : undefined;
  }

  /** Follows the pointer as far as the document goes. */
  private walk(pointer: string): { node: Node | null | undefined; key?: Node; complete: boolean } {
    let node = this.resolve(this.doc.contents);
    let key: Node | undefined;
    for (const segment of parsePointer(pointer)) {
      const next = this.child(node, segment);
      if (!next) return { node, key, complete: false };
      node = this.resolve(next.value);
      key = next.key;
      if (!node) return { node: undefined, key, complete: false };
    }
    return { node, key, complete: true };
  }

  private child(node: Node | null | undefined, segment: string): { key?: Node; value: Node | null } | undefined {
    if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      return item === undefined ? undefined : { value: item };
    }
    if (isMap(node)) {
      const pair = this.findPair(node as YAMLMap, segment, new Set());
      return pair ? { key: pair.key ?? undefined, value: pair.value } : undefined;
    }
    return undefined;
  }

  /** A member may come from the map itself or, through a merge key (<<), from a merged map. */
  private findPair(map: YAMLMap, segment: string, seen: Set<YAMLMap>): Pair<Node, Node> | undefined {
    const own = this.ownPairs(map).get(segment);
    if (own) return own;
    seen.add(map); // merged maps may merge each other
    for (const item of map.items as Pair<Node, Node>[]) {
      if (!isScalar(item.key) || typeof item.key.value !== "symbol") continue; // the merge key <<
      const sources = isSeq(item.value) ? item.value.items : [item.value];
      for (const source of sources) {
        const merged = this.resolve(source as Node);
        if (isMap(merged) && !seen.has(merged as YAMLMap)) {
          const pair = this.findPair(merged as YAMLMap, segment, seen);
          if (pair) return pair;
        }
      }
    }
    return undefined;
  }

  private ownPairs(map: YAMLMap): Map<string, Pair<Node, Node>> {
    let pairs = this.pairsByKey.get(map);
    if (!pairs) {
      pairs = new Map();
      for (const pair of map.items as Pair<Node, Node>[]) if (isScalar(pair.key)) pairs.set(String(pair.key.value), pair);
      this.pairsByKey.set(map, pairs);
    }
    return pairs;
  }

  private resolve(node: Node | null | undefined): Node | null | undefined {
    return isAlias(node) ? this.targets().get(node) : node;
  }

  /** Each alias's node: the last node with its anchor before it, in document order, as Alias.resolve finds. */
  private targets(): Map<Alias, Node> {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, Node>();
      const anchors = new Map<string, Node>();
      visit(this.doc, {
        Node: (_, node) => {
          if (isAlias(node)) {
            const target = anchors.get(node.source);
            if (target) targets.set(node, target);
          } else if (node.anchor) anchors.set(node.anchor, node);
        },
      });
      this.aliasTargets = targets;
    }
    return this.aliasTargets;
  }
}
