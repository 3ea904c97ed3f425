// Where every node of a YAML file starts, in flat typed arrays (a few bytes per node), and the
// Locator that walks them. Built by the block reader (block-yaml.ts) as it reads.
import { parsePointer, type Locator, type Position } from "./locator.js";
import { lineStarts, positionIn } from "./positions.js";

export const enum NodeKind {
  Scalar = 1,
  Sequence = 2,
  Mapping = 3,
}

/** Nodes in the order they open (parents before children); a node's subtree ends where `after` says. */
export class NodeOffsets {
  start: Int32Array;
  /** For a mapping's values, where their key starts; otherwise -1. */
  keyStart: Int32Array;
  /** The id just past the node's subtree: its next sibling, if any. */
  after: Int32Array;
  kind: Uint8Array;
  count = 0;

  constructor(expected: number) {
    const size = Math.max(16, expected);
    this.start = new Int32Array(size);
    this.keyStart = new Int32Array(size);
    this.after = new Int32Array(size);
    this.kind = new Uint8Array(size);
  }

  open(kind: NodeKind, start: number, keyStart: number): number {
    if (this.count === this.start.length) this.grow();
    const id = this.count++;
    this.start[id] = start;
    this.keyStart[id] = keyStart;
    this.kind[id] = kind;
    return id;
  }

  close(id: number): void {
    this.after[id] = this.count;
  }

  /** Opens and closes a node without children: a scalar. */
  leaf(kind: NodeKind, start: number, keyStart: number): void {
    this.close(this.open(kind, start, keyStart));
  }

  private grow(): void {
    const size = this.start.length * 2;
    const larger = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const copy = make(size);
      copy.set(array);
      return copy;
    };
    this.start = larger(this.start, (n) => new Int32Array(n));
    this.keyStart = larger(this.keyStart, (n) => new Int32Array(n));
    this.after = larger(this.after, (n) => new Int32Array(n));
    this.kind = larger(this.kind, (n) => new Uint8Array(n));
  }
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** Reads the key that starts at an offset back as the string it was read as. */
export type KeyReader = (offset: number) => string;

/** Places pointers by walking the offsets; asks `fallback` for what they cannot place. */
export class OffsetLocator implements Locator {
  private lineStarts?: Int32Array;
  private precise?: Locator;
  /** Child ids of the containers walked so far: a finding in the 90,000th document must not count 90,000 siblings. */
  private readonly children = new Map<number, number[]>();

  constructor(
    private readonly source: string,
    private readonly nodes: NodeOffsets,
    private readonly keyAt: KeyReader,
    private readonly fallback: () => Locator,
  ) {}

  locate(pointer: string, atKey = false): Position {
    const node = this.walk(pointer);
    if (node < 0) return this.slow().locate(pointer, atKey);
    const keyStart = this.nodes.keyStart[node];
    return this.position(atKey && keyStart >= 0 ? keyStart : this.nodes.start[node]);
  }

  sourceText(pointer: string): string | undefined {
    const node = this.walk(pointer);
    if (node < 0 || this.nodes.kind[node] !== NodeKind.Scalar) return undefined;
    const start = this.nodes.start[node];
    const lineEnd = this.source.indexOf("\n", start);
    return this.source.slice(start, lineEnd < 0 ? undefined : lineEnd).split(/[\s,\]}#]/)[0];
  }

  /** The node at `pointer`, or -1 when the pointer leads off the document. */
  private walk(pointer: string): number {
    const { nodes } = this;
    let node = nodes.count > 0 ? 0 : -1;
    for (const segment of parsePointer(pointer)) {
      if (node < 0) return -1;
      node = nodes.kind[node] === NodeKind.Sequence ? this.item(node, segment) : nodes.kind[node] === NodeKind.Mapping ? this.member(node, segment) : -1;
    }
    return node;
  }

  private item(sequence: number, segment: string): number {
    if (!/^(?:0|[1-9]\d*)$/.test(segment)) return -1;
    return this.childrenOf(sequence)[Number(segment)] ?? -1;
  }

  private member(mapping: number, segment: string): number {
    const children = this.childrenOf(mapping);
    for (let i = children.length - 1; i >= 0; i--) if (this.keyIs(this.nodes.keyStart[children[i]], segment)) return children[i];
    return -1;
  }

  /** Whether the key at `offset` reads as `segment`. A plain key is its own text, so comparing the
   * text decides; only quoted keys, which may hold escapes, are read again. */
  private keyIs(offset: number, segment: string): boolean {
    const { source } = this;
    const first = source.charCodeAt(offset);
    if (first === QUOTE || first === APOSTROPHE) return this.keyAt(offset) === segment;
    if (!source.startsWith(segment, offset)) return false;
    let end = offset + segment.length;
    while (source.charCodeAt(end) === SPACE) end++;
    const after = source.charCodeAt(end + 1);
    return source.charCodeAt(end) === COLON && (end + 1 === source.length || after === SPACE || after === NEWLINE || after === RETURN);
  }

  private childrenOf(node: number): number[] {
    let children = this.children.get(node);
    if (!children) {
      children = [];
      for (let child = node + 1; child < this.nodes.after[node]; child = this.nodes.after[child]) children.push(child);
      this.children.set(node, children);
    }
    return children;
  }

  private position(offset: number): Position {
    this.lineStarts ??= lineStarts(this.source);
    return positionIn(this.lineStarts, offset);
  }

  private slow(): Locator {
    this.precise ??= this.fallback();
    return this.precise;
  }
}
