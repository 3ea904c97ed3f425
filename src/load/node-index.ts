// Where each node of a parsed YAML file is written, in flat arrays (one entry per node, in document
// order), filled as a parser reports each node opening and closing; what its aliases expand to is
// counted on the way (index-locator.ts resolves JSON pointers over it).

export const enum Kind {
  /** An empty node (`key:` and nothing), or one a parser did not say. */
  Other = 0,
  Scalar = 1,
  Sequence = 2,
  Mapping = 3,
  Alias = 4,
}

/** What the aliases of a file may expand it to, counted while it is indexed (docs/security.md). */
export interface ExpansionLimits {
  /** Nodes (mappings, lists, scalars, keys) of the expanded document. */
  nodes: number;
  /** Characters of scalar text of the expanded document. */
  chars: number;
}

/** Thrown while indexing when the aliases would expand the document past its limits. */
export class ExpansionLimitReached extends Error {
  constructor(readonly offset: number) {
    super("the aliases expand the document past its limits");
  }
}

/** The anchor of a node still open: an alias to it would contain itself. */
const CYCLE = -2;

export class NodeIndex {
  /** Nodes indexed so far; ids run from 0 in the order nodes open, which is document order. */
  count = 0;
  start: Int32Array;
  end: Int32Array;
  parent: Int32Array;
  kind: Uint8Array;
  /** Children as linked lists (a mapping's as key, value, key, value): no array per node. */
  private firstChild: Int32Array;
  private lastChild: Int32Array;
  private nextSibling: Int32Array;
  private childCount: Int32Array;
  /** Nodes and characters each node stands for once its aliases are expanded. */
  private size: Float64Array;
  private chars: Float64Array;
  /** The string value of scalar nodes, which mapping keys are looked up by. */
  readonly text: (string | undefined)[] = [];
  /** For an alias, the node it names. */
  readonly target = new Map<number, number>();
  private readonly anchors = new Map<string, number>();
  /** Where the first alias starts: an alias bomb is reported there. */
  private firstAlias = -1;
  /** Where the first key that js-yaml and the yaml package name differently is, or -1: one that
   * reads as null (`~:`), or a collection (`[a]: 1`). */
  oddKeyAt = -1;
  private readonly open: number[] = [];
  private readonly childLists = new Map<number, number[]>();

  constructor(
    readonly source: string,
    private readonly limits: ExpansionLimits,
  ) {
    // Most files have a node for every 8 to 16 characters: room for them all, grown if need be. Small
    // to start with: a policy repository reads a front matter of a few lines from each of 1,000 files.
    const arrays = NodeIndex.allocate(Math.max(64, source.length >> 3));
    ({ start: this.start, end: this.end, parent: this.parent, kind: this.kind, size: this.size, chars: this.chars } = arrays);
    ({ firstChild: this.firstChild, lastChild: this.lastChild, nextSibling: this.nextSibling, childCount: this.childCount } = arrays);
  }

  /** The arrays for `room` nodes, as views of one buffer: one allocation, not ten (a policy repository indexes 1,000 front matters). */
  private static allocate(room: number) {
    const buffer = new ArrayBuffer(room * (2 * 8 + 7 * 4 + 1));
    let offset = 0;
    const view = <T>(Type: new (buffer: ArrayBuffer, offset: number, length: number) => T, bytes: number): T => {
      const array = new Type(buffer, offset, room);
      offset += room * bytes;
      return array;
    };
    // Widest first, so that every view starts aligned.
    return {
      size: view(Float64Array, 8),
      chars: view(Float64Array, 8),
      start: view(Int32Array, 4),
      end: view(Int32Array, 4),
      parent: view(Int32Array, 4),
      firstChild: view(Int32Array, 4),
      lastChild: view(Int32Array, 4),
      nextSibling: view(Int32Array, 4),
      childCount: view(Int32Array, 4),
      kind: view(Uint8Array, 1),
    };
  }

  /** A node starts at `offset` (a parser may give where it began looking: see firstCharacter). A
   * parser that knows the node's anchor now passes it, so that an alias inside the node is a cycle. */
  opened(offset: number, anchor?: string): number {
    if (anchor) this.anchors.set(anchor, CYCLE);
    const parent = this.open.length > 0 ? this.open[this.open.length - 1] : -1;
    const id = this.add(offset, offset, parent, Kind.Other);
    this.open.push(id);
    return id;
  }

  /** The node opened last and not yet closed. */
  innermost(): number {
    return this.open[this.open.length - 1];
  }

  // The innermost open node ends at `offset`: one method a kind, so that no details are allocated a node.

  /** A scalar, whose value as text is what mapping keys are looked up by. */
  closedScalar(offset: number, text: string, anchor: string | null): number {
    const id = this.close(offset, Kind.Scalar);
    this.forgetAfter(id);
    this.text[id] = text;
    this.chars[id] = text.length;
    return this.finish(id, anchor);
  }

  /** An alias of the anchor `name`. */
  closedAlias(offset: number, name: string): number {
    const id = this.close(offset, Kind.Alias);
    this.forgetAfter(id);
    if (this.firstAlias < 0) this.firstAlias = this.start[id];
    const target = this.anchors.get(name);
    // No anchor closed before it: the alias names a node that contains it (js-yaml builds the cycle).
    if (target === undefined || target === CYCLE) throw new ExpansionLimitReached(this.nextContent(this.firstAlias));
    this.target.set(id, target);
    this.size[id] = this.size[target];
    this.chars[id] = this.chars[target];
    return this.finish(id, null);
  }

  /** A mapping, or a sequence of `items` items in the data. */
  closedCollection(offset: number, kind: Kind.Mapping | Kind.Sequence, anchor: string | null, items = 0): number {
    const id = this.close(offset, kind);
    if (kind === Kind.Mapping) this.pairUp(id);
    else if (this.childCount[id] !== items) {
      if (this.source[this.firstCharacter(id)] === "-") this.addEmptyItems(id);
      // A pair in a flow sequence ([a: 1]) is a mapping with no node of its own: not placed inside.
      if (this.childCount[id] !== items) this.kind[id] = Kind.Other;
    }
    return this.finish(id, anchor);
  }

  /** A collection that is its only child again (js-yaml reports a top-level flow collection twice). */
  closedAsChild(offset: number): number {
    const id = this.close(offset, Kind.Alias);
    this.target.set(id, this.firstChild[id]);
    return this.finish(id, null);
  }

  /** An empty node (`key:` and nothing), or one of no kind a parser says. */
  closedOther(offset: number, anchor: string | null): number {
    const id = this.close(offset, Kind.Other);
    if (this.contentFrom(this.start[id]) >= Math.min(offset, this.source.length)) this.start[id] = this.end[id] = this.emptyAt(this.start[id]);
    this.forgetAfter(id);
    return this.finish(id, anchor);
  }

  private close(offset: number, kind: Kind): number {
    const id = this.open.pop() as number;
    this.end[id] = offset;
    this.kind[id] = kind;
    return id;
  }

  /** Records the anchor and adds what the node expands to to its parent's size, within the limits. */
  private finish(id: number, anchor: string | null | undefined): number {
    if (anchor) this.anchors.set(anchor, id);
    const parent = this.parent[id];
    if (parent < 0) return id;
    this.size[parent] += this.size[id];
    this.chars[parent] += this.chars[id];
    if (this.size[parent] > this.limits.nodes || this.chars[parent] > this.limits.chars) throw new ExpansionLimitReached(this.nextContent(Math.max(this.firstAlias, 0)));
    return id;
  }

  /** Child ids of a collection, in order (listed once, on first use: only findings need them). */
  childrenOf(id: number): number[] {
    let list = this.childLists.get(id);
    if (!list) {
      list = [];
      for (let child = this.firstChild[id]; child >= 0; child = this.nextSibling[child]) list.push(child);
      this.childLists.set(id, list);
    }
    return list;
  }

  /** Where the node's content starts: past the spaces and comments a parser may include, and past
   * its anchor and tag, as the yaml package places it. */
  firstCharacter(id: number): number {
    const offset = this.start[id];
    return this.kind[id] === Kind.Other && this.end[id] === offset ? offset : this.contentFrom(offset);
  }

  private contentFrom(offset: number): number {
    const text = this.source;
    for (offset = this.nextContent(offset); text[offset] === "&" || text[offset] === "!"; offset = this.nextContent(offset))
      while (offset < text.length && !/\s/.test(text[offset])) offset++;
    return offset;
  }

  /** Where the yaml package places an empty value written at `offset`: after the spaces, anchor and
   * tag on the same line. */
  private emptyAt(offset: number): number {
    const text = this.source;
    const blanks = () => {
      while (text[offset] === " " || text[offset] === "\t") offset++;
    };
    for (blanks(); text[offset] === "&" || text[offset] === "!"; blanks()) while (offset < text.length && !/\s/.test(text[offset])) offset++;
    return offset;
  }

  /** The first offset from `offset` that is not a space, a line break or a comment. */
  nextContent(offset: number): number {
    const text = this.source;
    for (;;) {
      const c = text.charCodeAt(offset);
      if (c === 32 || c === 10 || c === 13 || c === 9) offset++;
      else if (c === 35 /* # */) while (offset < text.length && text.charCodeAt(offset) !== 10) offset++;
      else return offset;
    }
  }

  /** Appends a node as the last child of `parent`. */
  private add(start: number, end: number, parent: number, kind: Kind): number {
    if (this.count === this.start.length) this.grow();
    const id = this.count++;
    this.start[id] = start;
    this.end[id] = end;
    this.parent[id] = parent;
    this.kind[id] = kind;
    this.firstChild[id] = this.lastChild[id] = this.nextSibling[id] = -1;
    this.childCount[id] = 0;
    this.size[id] = 1;
    this.chars[id] = 0;
    this.text[id] = undefined;
    if (parent >= 0) {
      if (this.lastChild[parent] < 0) this.firstChild[parent] = id;
      else this.nextSibling[this.lastChild[parent]] = id;
      this.lastChild[parent] = id;
      this.childCount[parent]++;
    }
    return id;
  }

  private grow(): void {
    const larger = NodeIndex.allocate(this.start.length * 2);
    for (const name of Object.keys(larger) as (keyof typeof larger)[]) larger[name].set(this[name]);
    ({ start: this.start, end: this.end, parent: this.parent, kind: this.kind, size: this.size, chars: this.chars } = larger);
    ({ firstChild: this.firstChild, lastChild: this.lastChild, nextSibling: this.nextSibling, childCount: this.childCount } = larger);
  }

  /** A parser that tried a reading and went back leaves nodes inside one that has no children. */
  private forgetAfter(id: number): void {
    if (this.count === id + 1) return;
    this.count = id + 1;
    this.text.length = id + 1;
    this.firstChild[id] = this.lastChild[id] = -1;
    this.childCount[id] = 0;
    for (const alias of this.target.keys()) if (alias > id) this.target.delete(alias);
  }

  private isOddKey(key: number): boolean {
    const kind = this.kind[key];
    if (kind === Kind.Mapping || kind === Kind.Sequence) return true;
    return kind === Kind.Scalar && this.text[key] === "null" && !/['"]/.test(this.source[this.firstCharacter(key)]);
  }

  /** js-yaml gives an empty item (`-` alone) no node: one is added at each dash of the sequence,
   * at its column, that no child follows, placed after the dash as the yaml package places it. */
  private addEmptyItems(sequence: number): void {
    const text = this.source;
    const first = this.firstCharacter(sequence);
    const column = first - (text.lastIndexOf("\n", first - 1) + 1);
    const dashes: number[] = [first];
    let child = this.firstChild[sequence];
    for (let line = text.indexOf("\n", first); line >= 0 && line < this.end[sequence]; line = text.indexOf("\n", line + 1)) {
      const dash = line + 1 + column;
      while (child >= 0 && this.end[child] <= dash) child = this.nextSibling[child];
      if (child >= 0 && this.firstCharacter(child) <= line) continue; // inside an item's text
      if (text.startsWith(" ".repeat(column) + "-", line + 1) && /[\s]|$/.test(text[dash + 1] ?? "")) dashes.push(dash);
    }
    const children = [];
    for (let c = this.firstChild[sequence]; c >= 0; c = this.nextSibling[c]) children.push(c);
    this.firstChild[sequence] = this.lastChild[sequence] = -1;
    this.childCount[sequence] = 0;
    let next = 0;
    for (let d = 0; d < dashes.length; d++) {
      const following = d + 1 < dashes.length ? dashes[d + 1] : this.end[sequence] + 1;
      if (next < children.length && this.firstCharacter(children[next]) < following) this.append(sequence, children[next++]);
      else {
        let at = dashes[d] + 1;
        while (text[at] === " " || text[at] === "\t") at++;
        this.add(at, at, sequence, Kind.Other);
      }
    }
    while (next < children.length) this.append(sequence, children[next++]);
  }

  private append(parent: number, child: number): void {
    this.nextSibling[child] = -1;
    if (this.lastChild[parent] < 0) this.firstChild[parent] = child;
    else this.nextSibling[this.lastChild[parent]] = child;
    this.lastChild[parent] = child;
    this.childCount[parent]++;
  }

  /** A key with no value (`{a, b: 1}`, `? a`) gets an empty one, so that children pair up. */
  private pairUp(mapping: number): void {
    for (let key = this.firstChild[mapping]; key >= 0; ) {
      let value = this.nextSibling[key];
      if (this.oddKeyAt < 0 && this.isOddKey(key)) this.oddKeyAt = this.start[key];
      const colon = this.nextContent(this.end[key]);
      if (value >= 0 && this.source.charCodeAt(colon) === 58 /* : */) {
        // js-yaml may open an empty value past a comment: the yaml package places it after the colon.
        if (this.kind[value] === Kind.Other && this.start[value] === this.end[value]) this.start[value] = this.end[value] = this.emptyAt(colon + 1);
      } else {
        const last = this.lastChild[mapping];
        const at = this.firstCharacter(key); // where the yaml package places the missing value
        value = this.add(at, at, mapping, Kind.Other);
        // add() appended it: move it to just after the key.
        if (last !== key) {
          this.nextSibling[last] = -1;
          this.lastChild[mapping] = last;
          this.nextSibling[value] = this.nextSibling[key];
          this.nextSibling[key] = value;
        }
      }
      key = this.nextSibling[value];
    }
  }
}
