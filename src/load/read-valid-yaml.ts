// Reads a valid YAML file with js-yaml, whose listener reports each node as it opens and closes: the
// data, and a NodeIndex of where each node is written. Any error leaves the file to the `yaml`
// package (explain-yaml.ts), which says exactly what is wrong.
import { load, YAMLException, type LoadOptions } from "js-yaml";
import { YAML_12_CORE } from "./core-schema.js";
import { IndexLocator } from "./index-locator.js";
import { Kind, NodeIndex, type ExpansionLimits } from "./node-index.js";
import type { Locator } from "./locator.js";
import { MAX_NESTING } from "./nesting.js";

export interface ValidYaml {
  data: unknown;
  locator: Locator;
  /** Where the top-level node starts. */
  rootAt: number;
}

/** What js-yaml says is wrong, and where. */
export interface RefusedYaml {
  reason: string;
  offset: number;
}

/** What the listener reads of js-yaml's state (its types predate `anchor` and `maxDepth`). */
interface State {
  position: number;
  kind: string | null;
  result: unknown;
  anchor: string | null;
  tag: string | null;
}

const KINDS: Record<string, Kind.Scalar | Kind.Sequence | Kind.Mapping> = { scalar: Kind.Scalar, sequence: Kind.Sequence, mapping: Kind.Mapping };

/** The data and locator of `text`, or js-yaml's first problem. Throws ExpansionLimitReached. */
export function readValidYaml(text: string, limits: ExpansionLimits): ValidYaml | RefusedYaml {
  const index = new NodeIndex(text, limits);
  let lastResult: unknown;
  const listener = (event: "open" | "close", state: State) => {
    if (event === "open") {
      index.opened(state.position);
      return;
    }
    const { result } = state;
    // js-yaml names no kind for an empty node, nor for an alias (whose result is the node it names).
    const alias = state.kind === null && result !== null ? aliasName(text, index) : undefined;
    const kind = state.kind === "scalar" ? Kind.Scalar : (state.kind && KINDS[state.kind]) || (alias !== undefined ? Kind.Alias : Kind.Other);
    // Anchors of letters, digits and _ . - only: js-yaml and the yaml package differ on others (`&a:`, `&@a`).
    if (state.anchor && !/^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u.test(state.anchor)) throw new Refusal("an anchor name js-yaml reads otherwise", state.position);
    if (state.tag === "!") throw new Refusal("a non-specific tag (!), which js-yaml reads otherwise", state.position);
    if (kind === Kind.Scalar) {
      const id = index.closedScalar(state.position, typeof result === "string" ? result : String(result), state.anchor);
      // A quoted scalar ends with its quote (cheap to test first); a plain one may too (`5'`).
      const last = text.charCodeAt(state.position - 1);
      const first = last === 0x22 || last === 0x27 ? text[index.firstCharacter(id)] : "";
      if (first === '"' || first === "'") checkWrittenAcrossLines(text, index, id, state.position);
    } else if (kind === Kind.Alias) index.closedAlias(state.position, alias as string);
    else if (kind === Kind.Other) index.closedOther(state.position, state.anchor);
    else if (result === lastResult) index.closedAsChild(state.position);
    else {
      const id = index.closedCollection(state.position, kind, state.anchor, kind === Kind.Sequence ? (result as unknown[]).length : 0);
      const at = index.firstCharacter(id);
      if (text[at] === "[" || text[at] === "{") checkWrittenAcrossLines(text, index, id, state.position);
      else if (kind === Kind.Mapping && opensAfterColon(text, at)) throw new Refusal("a mapping starts on the line of its key", state.position);
    }
    lastResult = result;
  };
  const lax = LAX.exec(text);
  if (lax) return { reason: "left to the yaml package", offset: lax.index };
  let data: unknown;
  try {
    data = load(text, { schema: YAML_12_CORE, listener, maxDepth: MAX_NESTING } as unknown as LoadOptions);
  } catch (error) {
    if (error instanceof Refusal) return { reason: error.message, offset: error.offset };
    if (!(error instanceof YAMLException)) throw error;
    return { reason: error.reason, offset: error.mark?.position ?? 0 };
  }
  if (index.oddKeyAt >= 0) return { reason: "a key that is empty or a collection", offset: index.oddKeyAt };
  return { data, locator: new IndexLocator(index), rootAt: index.count > 0 ? index.firstCharacter(0) : 0 };
}

/** Text js-yaml reads otherwise than YAML: a tab in indentation; a lone CR, which it takes for a line
 * break; a list opened on its parent's dash line (`- - a`) and an empty item (`-` alone), after which
 * it may misplace items; explicit keys (`? key`) and empty ones (`{: v}`), which it names "null".
 * Rare in SMS files: the yaml package reads them. */
const LAX = /^ *\t|\r(?!\n)|-[ \t]+-(?:[ \t\r\n]|$)|(?:^|[-\s[{,])\?(?:[ \t\r\n]|$)|^[ \t]*-[ \t]*(?:#[^\n]*)?\r?$|(?:^|[{,[])[ \t]*:(?:[ \t\r\n,\]}]|$)/m;

/** What js-yaml accepts and YAML does not, found while it reads. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** After a quoted scalar or a flow collection (which ends at `end`): a comment needs a space before it,
 * and inside a block collection each further line must be indented past that collection's column.
 * js-yaml insists on neither, the yaml package on both. */
function checkWrittenAcrossLines(text: string, index: NodeIndex, id: number, end: number): void {
  if (text[end] === "#") throw new Refusal("a comment must be separated from the text before it by a space", end);
  const from = index.firstCharacter(id);
  const to = Math.min(index.end[id], text.length);
  let line = text.indexOf("\n", from);
  if (line < 0 || line >= to) return;
  const parent = index.parent[id];
  if (parent < 0) return;
  const container = index.firstCharacter(parent);
  if (text[container] === "[" || text[container] === "{") return; // checked with the outermost flow collection
  const column = container - (text.lastIndexOf("\n", container - 1) + 1);
  for (; line >= 0 && line < to; line = text.indexOf("\n", line + 1)) {
    let at = line + 1;
    while (text[at] === " ") at++;
    if (at - line - 1 <= column && at < to && !/[\r\n]/.test(text[at])) throw new Refusal("a line of a value that spans lines is not indented enough", at);
  }
}

/** A block mapping whose first key follows its parent's colon on the same line (`a: &x b: c`), which
 * js-yaml reads when an anchor or tag comes between. Looks back along the line only: a line break
 * ends the search. */
function opensAfterColon(text: string, first: number): boolean {
  let at = first - 1;
  for (;;) {
    while (at >= 0 && (text[at] === " " || text[at] === "\t")) at--;
    const wordEnd = at;
    while (at >= 0 && !/[\s]/.test(text[at])) at--;
    const word = text.slice(at + 1, wordEnd + 1);
    if (word.startsWith("&") || word.startsWith("!")) continue; // a property: look before it
    return word.endsWith(":");
  }
}

/** The anchor an alias names (up to a space or a flow indicator, as js-yaml reads it), or undefined
 * when the innermost node is no alias. */
const ALIAS_NAME = /[^\s,[\]{}]+/y;
function aliasName(text: string, index: NodeIndex): string | undefined {
  const at = index.nextContent(index.start[index.innermost()]);
  if (text.charCodeAt(at) !== 0x2a /* * */) return undefined;
  ALIAS_NAME.lastIndex = at + 1;
  return ALIAS_NAME.exec(text)?.[0] ?? "";
}
