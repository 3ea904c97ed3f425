// The Locator over a NodeIndex: resolves JSON pointers through aliases to their anchored node, and
// through merge keys (<<) to the mapping merged in; each finding costs the depth of its pointer.
import { parsePointer, type Locator, type Position } from "./locator.js";
import { Kind, type NodeIndex } from "./node-index.js";
import { lineStarts, positionIn } from "./positions.js";
import { readQuoted, resolvePlain } from "./scalars.js";

/** The Locator over an index: each finding costs the depth of its pointer. */
export class IndexLocator implements Locator {
  private lineStarts?: Int32Array;
  /** Each mapping's keys by text, built on first use: the last one written wins, as in the data. */
  private readonly keys = new Map<number, Map<string, number>>();

  constructor(private readonly index: NodeIndex) {}

  locate(pointer: string, atKey = false): Position {
    const { node, key } = this.walk(pointer);
    const target = atKey && key !== undefined ? key : node;
    return target < 0 ? { line: 1, column: 1 } : this.position(this.index.firstCharacter(target));
  }

  sourceText(pointer: string): string | undefined {
    const { node, complete } = this.walk(pointer);
    const { index } = this;
    if (!complete || node < 0) return undefined;
    if (index.kind[node] === Kind.Other && index.end[node] === index.start[node]) return ""; // an empty value
    if (index.kind[node] !== Kind.Scalar) return undefined;
    const from = index.firstCharacter(node);
    const quote = index.source[from];
    // A quoted scalar's text is its value (`!!int "2"`); an unquoted one's runs to a space or indicator.
    if (quote === "'" || quote === '"') return this.scalarText(node);
    return index.source.slice(from, index.end[node]).split(/[\s,\]}#]/)[0];
  }

  /** Follows the pointer as far as the document goes; a missing member stops at its nearest ancestor. */
  private walk(pointer: string): { node: number; key?: number; complete: boolean } {
    const { index } = this;
    let node = index.count > 0 ? this.resolve(0) : -1;
    let key: number | undefined;
    for (const segment of parsePointer(pointer)) {
      if (node < 0) return { node, key, complete: false };
      let next: { key?: number; value: number } | undefined;
      if (index.kind[node] === Kind.Sequence) {
        const item = index.childrenOf(node)[Number(segment)];
        next = item === undefined ? undefined : { value: item };
      } else if (index.kind[node] === Kind.Mapping) next = this.member(node, segment, new Set());
      if (next === undefined) return { node, key, complete: false };
      key = next.key;
      node = this.resolve(next.value);
    }
    return { node, key, complete: true };
  }

  /** A member of a mapping: its own, or through a merge key (<<) one of a mapping merged in. */
  private member(mapping: number, segment: string, seen: Set<number>): { key: number; value: number } | undefined {
    const children = this.index.childrenOf(mapping);
    const at = this.keysOf(mapping).get(segment);
    if (at !== undefined && !this.isMerge(children[at])) return { key: children[at], value: children[at + 1] };
    seen.add(mapping); // merged mappings may merge each other
    for (let i = 0; i + 1 < children.length; i += 2) {
      if (!this.isMerge(children[i])) continue;
      const value = this.resolve(children[i + 1]);
      const sources = this.index.kind[value] === Kind.Sequence ? this.index.childrenOf(value) : [value];
      for (const source of sources) {
        const merged = this.resolve(source);
        if (this.index.kind[merged] !== Kind.Mapping || seen.has(merged)) continue;
        const found = this.member(merged, segment, seen);
        if (found) return found;
      }
    }
    return undefined;
  }

  private keysOf(mapping: number): Map<string, number> {
    let keys = this.keys.get(mapping);
    if (!keys) {
      keys = new Map();
      const children = this.index.childrenOf(mapping);
      for (let i = 0; i + 1 < children.length; i += 2) {
        const text = this.scalarText(this.resolve(children[i]));
        if (text !== undefined) keys.set(text, i);
      }
      this.keys.set(mapping, keys);
    }
    return keys;
  }

  /** A scalar's text as the data names a key: read again from the file, as few are ever looked up (a
   * quoted scalar's value, a plain one's resolved), unless the index has it; undefined for a node
   * that is not a scalar. */
  private scalarText(key: number): string | undefined {
    const { index } = this;
    if (index.kind[key] !== Kind.Scalar) return undefined;
    const name = index.names?.get(key);
    if (name !== undefined) return name;
    const from = index.firstCharacter(key);
    const c = index.source[from];
    if (c === "'" || c === '"') return readQuoted(index.source, from, -1, { at: 0 });
    const value = resolvePlain(index.source.slice(from, index.end[key]));
    return value === null ? "" : String(value);
  }

  /** A plain `<<` key: the merge key. */
  private isMerge(key: number): boolean {
    const { index } = this;
    const from = index.firstCharacter(key);
    return index.kind[key] === Kind.Scalar && index.end[key] === from + 2 && index.source.startsWith("<<", from);
  }

  private resolve(node: number): number {
    return this.index.target?.get(node) ?? node;
  }

  private position(offset: number): Position {
    this.lineStarts ??= lineStarts(this.index.source);
    return positionIn(this.lineStarts, offset);
  }
}
