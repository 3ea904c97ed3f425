// The Locator over a document of the `yaml` package: exact for anchors, aliases and merge keys.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from "yaml";
import { parsePointer, type Locator, type Position } from "./locator.js";

export class YamlLocator implements Locator {
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
      const pair = findPair(node.items as Pair<Node, Node>[], segment, (n) => this.resolve(n));
      return pair ? { key: pair.key ?? undefined, value: pair.value } : undefined;
    }
    return undefined;
  }

  private resolve(node: Node | null | undefined): Node | null | undefined {
    return isAlias(node) ? (node.resolve(this.doc) as Node | undefined) : node;
  }
}

// A member may come from the map itself or, through a merge key (<<), from a merged map.
function findPair(
  items: Pair<Node, Node>[],
  segment: string,
  resolve: (n: Node | null | undefined) => Node | null | undefined,
): Pair<Node, Node> | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const key = items[i].key;
    if (isScalar(key) && String(key.value) === segment) return items[i];
  }
  for (const item of items) {
    if (!isScalar(item.key) || typeof item.key.value !== "symbol") continue; // the merge key <<
    const sources = isSeq(item.value) ? item.value.items : [item.value];
    for (const source of sources) {
      const merged = resolve(source as Node);
      if (isMap(merged)) {
        const pair = findPair(merged.items as Pair<Node, Node>[], segment, resolve);
        if (pair) return pair;
      }
    }
  }
  return undefined;
}
