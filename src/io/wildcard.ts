// Glob patterns for documentSources, matched without backtracking blow-ups. A regular expression
// made from `*a*a*a…b` backtracks exponentially on a long name (picomatch, behind tinyglobby, took
// 87 s on one 40-character name); here a name is matched in O(name × pattern) and a path with `**`
// by walking a small set of states, so a pattern's cost is bounded whatever it holds.
//
// Supported, as the README documents: `*` and `?` within a path segment, `**` for any number of
// segments, `[abc]`, `[a-z]`, `[!a]` classes, `{a,b}` alternatives and `\` escaping a character.
// Names starting with "." are matched only by a pattern part that starts with a literal ".".

/** Longest pattern accepted, in characters. */
export const MAX_PATTERN_LENGTH = 256;
/** Most `*`, `?` and `[…]` in one pattern. */
export const MAX_WILDCARDS = 32;
/** Most alternatives `{a,b}` may expand a pattern into. */
export const MAX_ALTERNATIVES = 32;

type Token = { kind: "char"; char: string } | { kind: "any" } | { kind: "star" } | { kind: "class"; negated: boolean; ranges: [string, string][] };
type Segment = { kind: "globstar" } | { kind: "name"; tokens: Token[] };

/** A compiled pattern: one list of segments per alternative. */
export interface Glob {
  alternatives: Segment[][];
}

/** Why a pattern is refused: over the limits above, or using glob syntax not supported here. */
export type GlobRefusal = "tooComplex" | "syntax";

export function compileGlob(pattern: string): Glob | GlobRefusal {
  if (pattern.length > MAX_PATTERN_LENGTH || countWildcards(pattern) > MAX_WILDCARDS) return "tooComplex";
  // Negation and extglobs (`!(…)`, `@(…)`, `+(…)`, `*(…)`, `?(…)`): not documented, not guessed at.
  if (pattern.startsWith("!") || /(^|[^\\])[!@+*?]\(/.test(pattern)) return "syntax";
  const expanded = expandBraces(pattern);
  if (expanded === undefined) return "tooComplex";
  return { alternatives: expanded.map(segmentsOf) };
}

function countWildcards(pattern: string): number {
  let count = 0;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "*" || pattern[i] === "?" || pattern[i] === "[") count++;
  }
  return count;
}

/** Every pattern `{a,b}` stands for, or undefined past MAX_ALTERNATIVES. A brace without a comma is literal. */
function expandBraces(pattern: string): string[] | undefined {
  const open = firstBraceGroup(pattern);
  if (!open) return [pattern];
  const { start, end, options } = open;
  const results: string[] = [];
  for (const option of options) {
    const rest = expandBraces(pattern.slice(0, start) + option + pattern.slice(end + 1));
    if (rest === undefined) return undefined;
    results.push(...rest);
    if (results.length > MAX_ALTERNATIVES) return undefined;
  }
  return results;
}

/** The first `{…,…}` group at the top level: where it starts and ends, and its comma-separated options. */
function firstBraceGroup(pattern: string): { start: number; end: number; options: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === "\\") {
      start++;
      continue;
    }
    if (pattern[start] !== "{") continue;
    let depth = 0;
    let from = start + 1;
    const options: string[] = [];
    for (let i = start; i < pattern.length; i++) {
      const char = pattern[i];
      if (char === "\\") i++;
      else if (char === "{") depth++;
      else if (char === "}" && --depth === 0) {
        if (options.length === 0) break; // `{x}`: literal
        options.push(pattern.slice(from, i));
        return { start, end: i, options };
      } else if (char === "," && depth === 1) {
        options.push(pattern.slice(from, i));
        from = i + 1;
      }
    }
  }
  return undefined;
}

/** `./a//b/` and `a/b` alike; `**` alone in a segment spans segments, elsewhere it is one `*`. */
function segmentsOf(pattern: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of pattern.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "**") {
      if (segments.at(-1)?.kind !== "globstar") segments.push({ kind: "globstar" });
    } else segments.push({ kind: "name", tokens: tokensOf(part) });
  }
  return segments;
}

function tokensOf(part: string): Token[] {
  const tokens: Token[] = [];
  const chars = [...part];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === "\\" && i + 1 < chars.length) tokens.push({ kind: "char", char: chars[++i] });
    else if (char === "*") {
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" });
    } else if (char === "?") tokens.push({ kind: "any" });
    else if (char === "[") {
      const parsed = classAt(chars, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: "char", char });
    } else tokens.push({ kind: "char", char });
  }
  return tokens;
}

/** A `[…]` class starting at `chars[start]`, and the index of its `]`; undefined when it never closes. */
function classAt(chars: string[], start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = chars[i] === "!" || chars[i] === "^";
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < chars.length; i++, first = false) {
    let char = chars[i];
    if (char === "]" && !first) return { token: { kind: "class", negated, ranges }, end: i };
    if (char === "\\" && i + 1 < chars.length) char = chars[++i];
    if (chars[i + 1] === "-" && i + 2 < chars.length && chars[i + 2] !== "]") {
      ranges.push([char, chars[i + 2]]);
      i += 2;
    } else ranges.push([char, char]);
  }
  return undefined;
}

function tokenMatches(token: Token, char: string): boolean {
  if (token.kind === "any") return char !== "/";
  if (token.kind === "char") return token.char === char;
  if (token.kind === "class") return token.negated !== token.ranges.some(([low, high]) => low <= char && char <= high);
  return false;
}

/**
 * One path segment against one pattern segment: the classic two-pointer match, which on a mismatch
 * only moves the last `*` on by one character. At most name × pattern steps, never exponential.
 */
export function matchName(tokens: readonly Token[], name: string): boolean {
  if (name.startsWith(".") && !(tokens[0]?.kind === "char" && tokens[0].char === ".")) return false;
  const chars = [...name];
  let t = 0;
  let c = 0;
  let star = -1;
  let starAt = 0;
  while (c < chars.length) {
    const token = tokens[t];
    if (token !== undefined && token.kind !== "star" && tokenMatches(token, chars[c])) {
      t++;
      c++;
    } else if (token?.kind === "star") {
      star = t++;
      starAt = c;
    } else if (star >= 0) {
      t = star + 1;
      c = ++starAt;
    } else return false;
  }
  while (tokens[t]?.kind === "star") t++;
  return t === tokens.length;
}

/**
 * Where a walk through folders stands: for each alternative, the segments that the next path part
 * may be matched against. A set of states, advanced one part at a time (a small automaton), so
 * `**` never makes the match backtrack.
 */
export type GlobState = ReadonlyArray<readonly number[]>;

export function startState(glob: Glob): GlobState {
  return glob.alternatives.map((segments) => closure(segments, [0]));
}

/** The state after one more path part named `name`; empty for every alternative when nothing can match. */
export function advance(glob: Glob, state: GlobState, name: string): GlobState {
  return glob.alternatives.map((segments, a) => {
    const next: number[] = [];
    for (const s of state[a]) {
      const segment = segments[s];
      if (segment === undefined) continue;
      if (segment.kind === "globstar") {
        if (!name.startsWith(".")) next.push(s);
      } else if (matchName(segment.tokens, name)) next.push(s + 1);
    }
    return closure(segments, next);
  });
}

/** True when some alternative may still match a path continuing below this one. */
export function isAlive(state: GlobState): boolean {
  return state.some((positions) => positions.length > 0);
}

/** True when the path walked so far matches the whole pattern. */
export function isMatch(glob: Glob, state: GlobState): boolean {
  return glob.alternatives.some((segments, a) => state[a].includes(segments.length));
}

// A `**` may match no segment at all: a state before one also stands after it.
function closure(segments: Segment[], positions: number[]): number[] {
  const result = new Set<number>();
  for (let s of positions) {
    result.add(s);
    while (segments[s]?.kind === "globstar") result.add(++s);
  }
  return [...result];
}
