// The fast path for plain YAML: js-yaml builds the data, its event listener a compact index of node
// offsets. Anything unusual (anchors, tags, several documents, any error) is left to the `yaml`
// package, which stays the source of truth for messages and for what this index cannot place.
import { load, type State } from "js-yaml";
import { YAML_12_CORE } from "./core-schema.js";
import { parsePointer, type Locator, type Position } from "./locator.js";
import { lineStarts, positionIn } from "./positions.js";

const enum Kind {
  Other = 0,
  Scalar = 1,
  Sequence = 2,
  Mapping = 3,
}

const KINDS: Record<string, Kind> = { scalar: Kind.Scalar, sequence: Kind.Sequence, mapping: Kind.Mapping };

/** Constructs the fast path leaves to `yaml`: anchors, aliases, tags, merge keys, directives, documents, complex keys. */
const UNUSUAL = /(?:^|[\s[{,])[&*!]|<<|^%|^---|^\.\.\.|^\s*\?(?:\s|$)/m;

export interface FastParse {
  data: unknown;
  locator: Locator;
}

/** Parses `text` on the fast path, or returns undefined when the `yaml` package must do it. The caller
 * sends multi-line flow collections to the `yaml` package before asking (see nesting.ts). */
export function parseFast(text: string, fallback: () => Locator): FastParse | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const index = new NodeIndex(text);
  let data: unknown;
  try {
    data = load(text, { schema: YAML_12_CORE, listener: (event, state) => index.record(event, state) });
  } catch {
    return undefined; // the yaml package reports the problem properly
  }
  return { data, locator: new IndexLocator(index, fallback) };
}

/** Node offsets in flat arrays: one entry per node, in the order nodes open. */
class NodeIndex {
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly parent: number[] = [];
  readonly kind: Kind[] = [];
  /** The string value of scalar nodes, which is what mapping keys are looked up by. */
  readonly text: (string | undefined)[] = [];
  /** Empty values (`key:` and nothing): placed where the value would start, as the yaml package does. */
  private readonly empty = new Set<number>();
  private readonly open: number[] = [];
  private children?: number[][];

  constructor(readonly source: string) {}

  record(event: "open" | "close", state: State): void {
    if (event === "open") {
      this.open.push(this.start.length);
      this.start.push(state.position);
      this.end.push(state.position);
      this.parent.push(this.open.length > 1 ? this.open[this.open.length - 2] : -1);
      this.kind.push(Kind.Other);
      this.text.push(undefined);
      return;
    }
    const id = this.open.pop() as number;
    this.end[id] = state.position;
    this.kind[id] = KINDS[state.kind ?? ""] ?? Kind.Other;
    if (this.kind[id] === Kind.Scalar) this.text[id] = typeof state.result === "string" ? state.result : String(state.result);
    if (state.result === null && this.source.slice(this.start[id], this.end[id]).trim() === "") this.empty.add(id);
  }

  /** Child ids of each node, built on first use (only files with findings need them). */
  childrenOf(id: number): number[] {
    if (!this.children) {
      this.children = this.start.map(() => []);
      for (let child = 0; child < this.parent.length; child++) if (this.parent[child] >= 0) this.children[this.parent[child]].push(child);
    }
    return this.children[id];
  }

  /** js-yaml wraps a root flow collection in a node of the same kind that ends with it: skip that. */
  unwrap(id: number): number {
    const children = this.childrenOf(id);
    const only = children.length === 1 ? children[0] : -1;
    return only >= 0 && this.kind[only] === this.kind[id] && this.end[only] === this.end[id] ? this.unwrap(only) : id;
  }

  /** Where the node really starts: js-yaml reports where it began looking (before spaces, comments). */
  firstCharacter(id: number): number {
    const text = this.source;
    let offset = this.start[id];
    if (this.empty.has(id)) return offset;
    for (;;) {
      const c = text.charCodeAt(offset);
      if (c === 32 || c === 10 || c === 13 || c === 9) offset++;
      else if (c === 35 /* # */) while (offset < text.length && text.charCodeAt(offset) !== 10) offset++;
      else return offset;
    }
  }
}

class IndexLocator implements Locator {
  private lineStarts?: Int32Array;
  private precise?: Locator;

  constructor(
    private readonly index: NodeIndex,
    private readonly fallback: () => Locator,
  ) {}

  locate(pointer: string, atKey = false): Position {
    const found = this.walk(pointer);
    if (!found.complete) return this.slow().locate(pointer, atKey);
    const node = atKey && found.key !== undefined ? found.key : found.node;
    return node < 0 ? { line: 1, column: 1 } : this.position(this.index.firstCharacter(node));
  }

  sourceText(pointer: string): string | undefined {
    const { node, complete } = this.walk(pointer);
    if (!complete || node < 0 || this.index.kind[node] !== Kind.Scalar) return undefined;
    const raw = this.index.source.slice(this.index.firstCharacter(node), this.index.end[node]);
    return raw.split(/[\s,\]}#]/)[0];
  }

  private walk(pointer: string): { node: number; key?: number; complete: boolean } {
    const { index } = this;
    let node = index.start.length > 0 ? index.unwrap(0) : -1;
    let key: number | undefined;
    for (const segment of parsePointer(pointer)) {
      if (node < 0) return { node, complete: false };
      const children = index.childrenOf(node);
      if (index.kind[node] === Kind.Sequence) {
        const item = children[Number(segment)];
        if (item === undefined) return { node, complete: false };
        key = undefined;
        node = item;
      } else if (index.kind[node] === Kind.Mapping) {
        const at = findKey(children, segment, index);
        if (at < 0) return { node, complete: false };
        key = children[at];
        node = children[at + 1];
      } else return { node, complete: false };
    }
    return { node, key, complete: true };
  }

  private position(offset: number): Position {
    this.lineStarts ??= lineStarts(this.index.source);
    return positionIn(this.lineStarts, offset);
  }

  private slow(): Locator {
    this.precise ??= this.fallback();
    return this.precise;
  }
}

/** Index in `children` (key, value, key, value, ...) of the last key equal to `segment`, or -1. */
function findKey(children: number[], segment: string, index: NodeIndex): number {
  for (let i = children.length - 2; i >= 0; i -= 2) if (index.text[children[i]] === segment) return i;
  return -1;
}
