// Where each node of a parsed YAML file is written, in flat arrays (one entry per node, in document
// order), filled as a parser reports each collection opening and closing and each other node whole;
// what its aliases expand to is counted on the way (index-locator.ts resolves JSON pointers over it).

export const enum Kind {
  /** An empty node (`key:` and nothing). */
  Other = 0,
  Scalar = 1,
  Sequence = 2,
  Mapping = 3,
  Alias = 4,
}

/** The size of a document with its aliases expanded: what it may expand to, counted while it is
 * indexed (docs/security.md), and what a node expands to. */
export interface Expansion {
  /** Nodes (mappings, lists, scalars, keys). */
  nodes: number;
  /** Characters of scalar text. */
  chars: number;
}
/** The most a document may expand to. */
export type ExpansionLimits = Expansion;

/** Thrown while indexing when the aliases would expand the document past its limits. */
export class ExpansionLimitReached extends Error {
  constructor(readonly offset: number) {
    super("the aliases expand the document past its limits");
  }
}

export class NodeIndex {
  /** Nodes indexed so far; ids run from 0 in the order nodes open, which is document order. */
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** The last node of each node's subtree: a node's children follow it in document order (a mapping's
   * as key, value, key, value), each after the subtree of the one before. No array per node. */
  private last: Int32Array;
  /** The text of scalars the `yaml` package read (explain-yaml.ts), which may be written in ways the
   * locator does not read again (an explicit key on several lines, a block scalar key). */
  names?: Map<number, string>;
  /** For an alias, the node it names (made on first use, as the maps below: most files have no anchor). */
  target?: Map<number, number>;
  /** The node of each anchor's latest definition, in document order. */
  private anchors?: Map<string, number>;
  /** What each anchored node expands to, for its aliases, once it is closed. */
  private anchored?: Map<number, Expansion>;
  /** Where the first alias starts: an alias bomb is reported there. */
  private firstAlias = -1;
  /** What the document expands to so far, in document order: a node's own expansion is the count at
   * its close less the count at its open. */
  private readonly expanded: Expansion = { nodes: 0, chars: 0 };
  /** For each collection still open, from the outermost: its id and the expansion counted when it
   * opened (three numbers a collection). */
  private readonly open: number[] = [];
  private childLists?: Map<number, number[]>;

  constructor(
    readonly source: string,
    private readonly limits: ExpansionLimits,
  ) {
    // Most files have a node for every 8 to 16 characters: room for them all, grown if need be. Small
    // to start with: a policy repository reads a front matter of a few lines from each of 1,000 files.
    const room = Math.max(64, source.length >> 3);
    ({ start: this.start, end: this.end, last: this.last, kind: this.kind } = NodeIndex.allocate(room));
  }

  /** The arrays for `room` nodes, as views of one buffer: one allocation, not four (a policy repository
   * indexes 1,000 front matters). Few and narrow: the memory a large file's index first touches is much
   * of its cost. Widest first, so that every view starts aligned. */
  private static allocate(room: number) {
    const buffer = new ArrayBuffer(room * (3 * 4 + 1));
    return { start: new Int32Array(buffer, 0, room), end: new Int32Array(buffer, 4 * room, room), last: new Int32Array(buffer, 8 * room, room), kind: new Uint8Array(buffer, 12 * room, room) };
  }

  /** A collection starts at `offset` (a parser may give where it began looking: see firstCharacter).
   * A parser that knows its anchor now passes it, so that an alias inside the collection is a cycle. */
  opened(offset: number, anchor?: string): number {
    const id = this.added(offset, offset, Kind.Other, anchor);
    this.open.push(id, this.expanded.nodes, this.expanded.chars);
    return id;
  }

  /** The collection opened last and not yet closed ends at `offset`. */
  closedCollection(offset: number, kind: Kind.Mapping | Kind.Sequence, anchor: string | undefined): number {
    const { open } = this;
    const chars = open.pop() as number;
    const nodes = open.pop() as number;
    const id = open.pop() as number;
    this.end[id] = offset;
    this.last[id] = this.count - 1;
    this.kind[id] = kind;
    if (anchor !== undefined) (this.anchored ??= new Map()).set(id, { nodes: this.expanded.nodes - nodes + 1, chars: this.expanded.chars - chars });
    return id;
  }

  // Scalars, aliases and empty nodes have no children: each is added whole, by one call.

  /** A scalar of `chars` characters (as text, or as written when it is not text). */
  scalar(start: number, end: number, chars: number, anchor: string | undefined): number {
    const id = this.added(start, end, Kind.Scalar, anchor);
    this.expanded.chars += chars;
    if (anchor !== undefined) (this.anchored ??= new Map()).set(id, { nodes: 1, chars });
    return id;
  }

  /** An alias of the anchor `name`. */
  alias(start: number, end: number, name: string): number {
    if (this.firstAlias < 0) this.firstAlias = start;
    const target = this.anchors?.get(name);
    const size = target === undefined ? undefined : this.anchored?.get(target);
    // The anchor's node is not closed: the alias names a node that contains it.
    if (target === undefined || size === undefined) throw new ExpansionLimitReached(this.nextContent(this.firstAlias));
    const id = this.added(start, end, Kind.Alias, undefined);
    (this.target ??= new Map()).set(id, target);
    // The alias stands for its target, counted here again (less the node it is).
    this.expanded.nodes += size.nodes - 1;
    this.expanded.chars += size.chars;
    if (this.expanded.nodes > this.limits.nodes || this.expanded.chars > this.limits.chars) throw new ExpansionLimitReached(this.nextContent(this.firstAlias));
    return id;
  }

  /** An empty node (`key:` and nothing), written at `offset` (after its colon or dash, or at its key
   * when it has no colon): placed, as the yaml package places it, after the spaces, anchor and tag
   * that follow on the line. */
  empty(offset: number, anchor: string | undefined): number {
    const at = this.pastProperties(offset, true);
    const id = this.added(at, at, Kind.Other, anchor);
    if (anchor !== undefined) (this.anchored ??= new Map()).set(id, { nodes: 1, chars: 0 });
    return id;
  }

  /** The node an alias of `name` names: the latest defined, in document order (it may be still open). */
  anchorNode(name: string): number | undefined {
    return this.anchors?.get(name);
  }

  /** A node, the next child of the innermost open collection. */
  private added(start: number, end: number, kind: Kind, anchor: string | undefined): number {
    if (this.count === this.start.length) this.grow();
    const id = this.count++;
    if (anchor !== undefined) (this.anchors ??= new Map()).set(anchor, id);
    this.start[id] = start;
    this.end[id] = end;
    this.kind[id] = kind;
    this.last[id] = id;
    this.expanded.nodes++;
    return id;
  }

  /** Child ids of a collection, in order (listed once, on first use: only findings need them). */
  childrenOf(id: number): number[] {
    let list = this.childLists?.get(id);
    if (!list) {
      list = [];
      for (let child = id + 1; child <= this.last[id]; child = this.last[child] + 1) list.push(child);
      (this.childLists ??= new Map()).set(id, list);
    }
    return list;
  }

  /** Where the node's content starts: past the spaces and comments a parser may include, and past
   * its anchor and tag, as the yaml package places it. */
  firstCharacter(id: number): number {
    const offset = this.start[id];
    return this.kind[id] === Kind.Other && this.end[id] === offset ? offset : this.pastProperties(offset, false);
  }

  /** Past the anchor and tag written from `offset` and the white space around them: spaces, line
   * breaks and comments, or (`onItsLine`, where the yaml package places an empty value) spaces and tabs. */
  private pastProperties(offset: number, onItsLine: boolean): number {
    const text = this.source;
    const white = (at: number): number => {
      if (!onItsLine) return this.nextContent(at);
      while (text[at] === " " || text[at] === "\t") at++;
      return at;
    };
    for (offset = white(offset); text[offset] === "&" || text[offset] === "!"; offset = white(offset))
      while (offset < text.length && !/\s/.test(text[offset])) offset++;
    return offset;
  }

  /** The first offset from `offset` that is not a space, a line break or a comment. */
  private nextContent(offset: number): number {
    const text = this.source;
    for (;;) {
      const c = text.charCodeAt(offset);
      if (c === 32 || c === 10 || c === 13 || c === 9) offset++;
      else if (c === 35 /* # */) while (offset < text.length && text.charCodeAt(offset) !== 10) offset++;
      else return offset;
    }
  }

  private grow(): void {
    const larger = NodeIndex.allocate(this.start.length * 2);
    for (const name of Object.keys(larger) as (keyof typeof larger)[]) larger[name].set(this[name]);
    ({ start: this.start, end: this.end, last: this.last, kind: this.kind } = larger);
  }
}
