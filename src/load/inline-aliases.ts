// Puts each alias's node in place of the alias, before toJS: the `yaml` package resolves every alias by
// scanning all the anchors and aliases before it (quadratic: 10,000 aliases take seconds). Run only
// after the NodeIndex has bounded what the copies add up to.
import { isAlias, isCollection, isPair, type Document, type Node } from "yaml";

/** Replaces aliases in document order; false when one names no anchor before it (toJS would throw). */
export function inlineAliases(doc: Document): boolean {
  const anchors = new Map<string, Node>();
  let resolved = true;

  const inline = (node: unknown): unknown => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) resolved = false;
      return target ?? node;
    }
    const anchor = (node as Node | null)?.anchor;
    if (anchor) anchors.set(anchor, node as Node);
    if (isCollection(node))
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        if (isPair(item)) {
          item.key = inline(item.key);
          item.value = inline(item.value);
        } else node.items[i] = inline(item);
      }
    return node;
  };

  doc.contents = inline(doc.contents) as Node | null;
  return resolved;
}
