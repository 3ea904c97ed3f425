// Measures what a `yaml` document would become if every alias were copied out, on the syntax tree and
// before any data is built, so that an alias bomb is refused without being allocated. Linear: each
// anchored node is measured once, where it is written, and an alias reuses that measure.
import { isAlias, isCollection, isPair, isScalar, type Document, type Node } from "yaml";

export interface ExpansionLimits {
  /** Nodes (mappings, lists, scalars, keys) of the expanded document. */
  nodes: number;
  /** Characters of scalar text (keys and values) of the expanded document. */
  chars: number;
  /** Aliases written in the file, and anchors: the `yaml` package looks each alias up among them. */
  aliases: number;
}

interface Size {
  nodes: number;
  chars: number;
}

const UNBOUNDED: Size = { nodes: Infinity, chars: Infinity };

/** True when the document, aliases expanded, stays within `limits`. */
export function expandsWithin(doc: Document, limits: ExpansionLimits): boolean {
  const anchors = new Map<string, Size>();
  let aliases = 0;
  let anchored = 0;
  const over = (size: Size) => size.nodes > limits.nodes || size.chars > limits.chars;

  const sizeOf = (node: unknown): Size => {
    if (isAlias(node)) {
      if (++aliases > limits.aliases) return UNBOUNDED;
      return anchors.get(node.source) ?? { nodes: 1, chars: 0 }; // an unknown anchor: toJS reports it
    }
    const anchor = (node as Node | null)?.anchor;
    if (anchor) {
      if (++anchored > limits.aliases) return UNBOUNDED;
      anchors.set(anchor, UNBOUNDED); // an alias inside its own anchor makes a cycle
    }
    const size = isCollection(node) ? itemsSize(node.items) : { nodes: 1, chars: scalarChars(node) };
    if (anchor) anchors.set(anchor, size);
    return size;
  };

  const itemsSize = (items: unknown[]): Size => {
    const size = { nodes: 1, chars: 0 };
    for (const item of items)
      for (const part of isPair(item) ? [item.key, item.value] : [item]) {
        const { nodes, chars } = sizeOf(part);
        size.nodes += nodes;
        size.chars += chars;
        if (over(size)) return UNBOUNDED; // stop at the first level that is too big
      }
    return size;
  };

  return !over(sizeOf(doc.contents));
}

function scalarChars(node: unknown): number {
  if (!isScalar(node)) return 0;
  return typeof node.value === "string" ? node.value.length : (node.source?.length ?? 1);
}
